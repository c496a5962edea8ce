package dev.cvtailor.jobs.rest;

import java.time.Instant;
import java.util.List;

import dev.cvtailor.jobs.entity.JobDescription;
import dev.cvtailor.jobs.entity.ParsedJobDescription;
import dev.cvtailor.jobs.entity.ParsedJobDescription.CompanySignals;
import dev.cvtailor.jobs.entity.ParsedJobDescription.Keyword;
import dev.cvtailor.jobs.entity.ParsedJobDescription.Requirements;

/** A stored job description and what its parse found (API.md, Job descriptions). */
public record JobDescriptionResponse(long id, String hash, String title, String company, String url, String location,
        String seniority, Integer yearsOfExperience, Requirements requirements, List<Keyword> keywords,
        CompanySignals companySignals, String text, Instant createdAt) {

    public static JobDescriptionResponse of(JobDescription jd) {
        ParsedJobDescription parsed = jd.parsed();
        return new JobDescriptionResponse(jd.getId(), jd.getHash(), jd.getTitle(), jd.getCompany(), jd.getUrl(),
                parsed == null ? null : parsed.location(), parsed == null ? null : parsed.seniority(),
                parsed == null ? null : parsed.yearsOfExperience(), parsed == null ? null : parsed.requirements(),
                parsed == null ? List.of() : parsed.keywords(), parsed == null ? null : parsed.companySignals(),
                jd.getRawText(), jd.getCreatedAt());
    }
}
