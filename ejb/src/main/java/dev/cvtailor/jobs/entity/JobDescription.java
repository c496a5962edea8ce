package dev.cvtailor.jobs.entity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

import dev.cvtailor.platform.entity.JsonColumn;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A job description a user pasted. The same text (up to blanks) gives the same {@link #hashOf hash}, and for one
 * user the same row: generating twice for one posting does not store it twice.
 */
@Entity
@Table(name = "job_descriptions")
@NamedQuery(name = JobDescription.BY_OWNER_AND_HASH,
        query = "select j from JobDescription j where j.ownerId = :owner and j.hash = :hash")
@NamedQuery(name = JobDescription.BY_OWNER,
        query = "select j from JobDescription j where j.ownerId = :owner order by j.createdAt desc, j.id desc")
public class JobDescription {

    public static final String BY_OWNER_AND_HASH = "JobDescription.byOwnerAndHash";
    public static final String BY_OWNER = "JobDescription.byOwner";
    public static final int MAX_TEXT_LENGTH = 100_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false, updatable = false)
    private long ownerId;

    @Column(nullable = false, length = 64)
    private String hash;

    @Column(length = 300)
    private String title;

    @Column(length = 300)
    private String company;

    @Column(length = 2048)
    private String url;

    @Column(name = "raw_text", nullable = false)
    private String rawText;

    @Column(name = "parsed_json")
    private String parsedJson;

    @Column(name = "embedding")
    private byte[] embedding;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected JobDescription() {
    }

    public JobDescription(long ownerId, String text, String title, String company, String url) {
        this.ownerId = ownerId;
        this.rawText = text.strip();
        this.hash = hashOf(text);
        this.title = title == null || title.isBlank() ? firstLine(rawText) : title.strip();
        this.company = company;
        this.url = url;
        this.createdAt = Instant.now();
    }

    /** SHA-256 of the text with runs of blanks collapsed, so reformatting does not make a new posting. */
    public static String hashOf(String text) {
        String normalised = text.strip().replaceAll("\\s+", " ");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String firstLine(String text) {
        String line = text.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
        return line.length() > 300 ? line.substring(0, 300) : line;
    }

    public boolean isOwnedBy(long userId) {
        return ownerId == userId;
    }

    public Long getId() {
        return id;
    }

    public long getOwnerId() {
        return ownerId;
    }

    public String getHash() {
        return hash;
    }

    public String getTitle() {
        return title;
    }

    public String getCompany() {
        return company;
    }

    public String getUrl() {
        return url;
    }

    public String getRawText() {
        return rawText;
    }

    public boolean isParsed() {
        return parsedJson != null;
    }

    /** What the parser read from the text; null until it has been parsed. */
    public ParsedJobDescription parsed() {
        return JsonColumn.read(parsedJson, ParsedJobDescription.class);
    }

    /** Keeps the parse; the title and company it found fill those the user did not give. */
    public void parsedAs(ParsedJobDescription parse) {
        this.parsedJson = JsonColumn.write(parse);
        if (parse.title() != null && (title == null || title.isBlank() || title.equals(firstLine(rawText)))) {
            this.title = clip(parse.title());
        }
        if (company == null && parse.company() != null) {
            this.company = clip(parse.company());
        }
    }

    /** The text's embedding for matching (float32, little-endian), kept once made; null before. */
    public byte[] getEmbedding() {
        return embedding == null ? null : embedding.clone();
    }

    public void embed(byte[] vector) {
        this.embedding = vector.clone();
    }

    private static String clip(String value) {
        return value.length() > 300 ? value.substring(0, 300) : value;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
