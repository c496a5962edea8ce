package dev.cvtailor.jobs.rest;

import java.time.Instant;

import dev.cvtailor.jobs.entity.JobDescription;

/** A stored job description as the API shows it. */
public record JobDescriptionResponse(long id, String hash, String title, String company, String url, String text,
        Instant createdAt) {

    public static JobDescriptionResponse of(JobDescription jd) {
        return new JobDescriptionResponse(jd.getId(), jd.getHash(), jd.getTitle(), jd.getCompany(), jd.getUrl(),
                jd.getRawText(), jd.getCreatedAt());
    }
}
