package it.dev.cvtailor.organisations;

import static it.dev.cvtailor.platform.Api.assertProblem;
import static it.dev.cvtailor.platform.Api.get;
import static it.dev.cvtailor.platform.Api.json;
import static it.dev.cvtailor.platform.Api.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import it.dev.cvtailor.organisations.Team.Person;
import it.dev.cvtailor.platform.Admin;
import it.dev.cvtailor.platform.Api;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Response;

/**
 * Organisations over HTTP: who may create, read and change them (outsiders 404, wrong role 403), invitations one by
 * one and by CSV (single-use, for the invited address only, the same file twice invites once), members, cohorts
 * and the sanitised logo.
 */
class OrganisationsIT {

    private static Team team;

    @BeforeAll
    static void aTeam() {
        team = Team.create("Northern University Careers");
    }

    @Test
    void onlyInstallationAdminsCreateOrganisationsWithAValidUniqueSlug() {
        try (Response refused = post("/orgs", team.adminToken(), "{\"name\":\"Mine\",\"slug\":\"mine-org\"}")) {
            assertProblem(refused, 403);
        }
        String admin = Admin.token();
        try (Response bad = post("/orgs", admin, "{\"name\":\"Bad\",\"slug\":\"Not A Slug!\"}")) {
            assertEquals("slug", assertProblem(bad, 400).getJsonArray("errors").getJsonObject(0).getString("field"));
        }
        String slug;
        try (Response org = get("/orgs/" + team.orgId(), team.adminToken())) {
            slug = json(org).getString("slug");
        }
        try (Response taken = post("/orgs", admin, "{\"name\":\"Copy\",\"slug\":\"" + slug + "\"}")) {
            assertProblem(taken, 409);
        }
    }

    @Test
    void membersSeeTheirOrganisationOutsidersGet404AndOnlyOrgAdminsChangeIt() {
        try (Response org = get("/orgs/" + team.orgId(), team.memberToken())) {
            assertEquals(200, org.getStatus());
            assertEquals("MEMBER", json(org).getString("role"));
        }
        try (Response me = get("/me", team.memberToken())) {
            JsonObject organisation = json(me).getJsonObject("organisation");
            assertEquals(team.orgId(), organisation.getJsonNumber("id").longValue());
            assertEquals("MEMBER", organisation.getString("role"));
        }
        String outsider = Api.newUserToken("outsider");
        try (Response org = get("/orgs/" + team.orgId(), outsider)) {
            assertProblem(org, 404);
        }
        try (Response me = get("/me", outsider)) {
            JsonObject account = json(me);
            assertFalse(account.containsKey("organisation") && !account.isNull("organisation"), account::toString);
        }
        String change = "{\"settings\":{\"reviewRequired\":true}}";
        try (Response refused = Team.patch("/orgs/" + team.orgId(), team.memberToken(), change)) {
            assertProblem(refused, 403);
        }
        try (Response refused = Team.patch("/orgs/" + team.orgId(), team.counsellorToken(), change)) {
            assertProblem(refused, 403);
        }
        try (Response refused = Team.patch("/orgs/" + team.orgId(), outsider, change)) {
            assertProblem(refused, 404);
        }
        try (Response badColour = Team.patch("/orgs/" + team.orgId(), team.adminToken(),
                "{\"branding\":{\"accentColour\":\"red; background:url(x)\"}}")) {
            assertProblem(badColour, 400);
        }
        try (Response badTemplate = Team.patch("/orgs/" + team.orgId(), team.adminToken(),
                "{\"settings\":{\"defaultTemplate\":\"fancy\"}}")) {
            assertProblem(badTemplate, 400);
        }
        try (Response changed = Team.patch("/orgs/" + team.orgId(), team.adminToken(),
                "{\"name\":\"Northern University Careers Service\",\"settings\":{\"defaultTemplate\":\"modern\","
                        + "\"llmAllowed\":false},\"branding\":{\"accentColour\":\"#1A73E8\"}}")) {
            assertEquals(200, changed.getStatus(), () -> changed.readEntity(String.class));
            JsonObject org = json(changed);
            assertEquals("Northern University Careers Service", org.getString("name"));
            assertEquals("modern", org.getJsonObject("settings").getString("defaultTemplate"));
            assertFalse(org.getJsonObject("settings").getBoolean("llmAllowed"));
            assertFalse(org.getJsonObject("settings").getBoolean("reviewRequired"), "untouched settings stay");
            assertEquals("#1a73e8", org.getJsonObject("branding").getString("accentColour"));
        }
    }

    @Test
    void anInvitationIsForItsAddressOnlyAndWorksOnce() {
        Person invited = Team.register("invited");
        Person someoneElse = Team.register("forwarded-to");
        String token = Team.invite(team.adminToken(), team.orgId(), invited.email(), "member", team.cohortId());
        try (Response refused = post("/invitations/" + token + "/accept", someoneElse.token(), "")) {
            assertProblem(refused, 403);
        }
        try (Response unknown = post("/invitations/not-a-token/accept", invited.token(), "")) {
            assertProblem(unknown, 404);
        }
        try (Response accepted = post("/invitations/" + token + "/accept", invited.token(), "")) {
            assertEquals(200, accepted.getStatus(), () -> accepted.readEntity(String.class));
            JsonObject joined = json(accepted);
            assertEquals("MEMBER", joined.getString("role"));
            assertEquals(team.orgId(), joined.getJsonNumber("orgId").longValue());
        }
        try (Response again = post("/invitations/" + token + "/accept", invited.token(), "")) {
            assertProblem(again, 409);
        }
        try (Response members = get("/orgs/" + team.orgId() + "/members?cohortId=" + team.cohortId() + "&q="
                + invited.email(), team.adminToken())) {
            JsonObject page = json(members);
            assertEquals(1, page.getInt("total"), page::toString);
            assertEquals(team.cohortId(), page.getJsonArray("items").getJsonObject(0).getJsonArray("cohortIds")
                    .getJsonNumber(0).longValue());
        }
    }

    @Test
    void onlyOrgAdminsInviteAndAnInvitationToAnotherOrganisationsMemberCannotBeTaken() {
        try (Response refused = post("/orgs/" + team.orgId() + "/invitations", team.counsellorToken(),
                "{\"email\":\"someone@example.com\",\"role\":\"MEMBER\"}")) {
            assertProblem(refused, 403);
        }
        try (Response bad = post("/orgs/" + team.orgId() + "/invitations", team.adminToken(),
                "{\"email\":\"someone@example.com\",\"role\":\"PRESIDENT\"}")) {
            assertEquals("role", assertProblem(bad, 400).getJsonArray("errors").getJsonObject(0).getString("field"));
        }
        Team other = Team.create("Bootcamp Outcomes");
        String token = Team.invite(team.adminToken(), team.orgId(), other.memberEmail(), "MEMBER", null);
        try (Response refused = post("/invitations/" + token + "/accept", other.memberToken(), "")) {
            assertTrue(assertProblem(refused, 409).getString("detail").contains("leave"));
        }
    }

    @Test
    void aCsvInvitesEachGoodLineNamesEachBadOneAndChangesNothingTheSecondTime() {
        String csv = "email,role,cohort\n"
                + Api.uniqueEmail("csv-a") + ",member,Bootcamp Spring 2027\n"
                + "not-an-email,member,\n"
                + Api.uniqueEmail("csv-b") + ",counsellor,Bootcamp Spring 2027\n"
                + "\n"
                + Api.uniqueEmail("csv-c") + ",janitor,\n"
                + team.memberEmail() + ",MEMBER,MSc Data Science 2027\n";
        JsonObject first = bulk(csv);
        assertEquals(2, first.getInt("created"), first::toString);
        assertEquals(1, first.getInt("unchanged"), "the existing member with that role and cohort: " + first);
        List<Integer> lines = first.getJsonArray("errors").stream().map(e -> e.asJsonObject().getInt("line")).toList();
        assertEquals(List.of(3, 6), lines, first::toString);
        JsonObject second = bulk(csv);
        assertEquals(0, second.getInt("created"), second::toString);
        assertEquals(3, second.getInt("unchanged"), second::toString);
        try (Response cohorts = get("/orgs/" + team.orgId() + "/cohorts", team.adminToken())) {
            assertEquals(1, cohorts.readEntity(String.class).split("Bootcamp Spring 2027", -1).length - 1,
                    "the cohort the file names is made once");
        }
        try (Response refused = Api.request("/orgs/" + team.orgId() + "/invitations/bulk", team.memberToken())
                .post(Entity.entity(csv, "text/csv"))) {
            assertProblem(refused, 403);
        }
    }

    @Test
    void aCsvOfMoreThanFiveThousandRowsIsRefusedWhole() {
        StringBuilder csv = new StringBuilder();
        for (int i = 0; i <= 5000; i++) {
            csv.append("person").append(i).append("@example.com,member,\n");
        }
        try (Response refused = Api.request("/orgs/" + team.orgId() + "/invitations/bulk", team.adminToken())
                .post(Entity.entity(csv.toString(), "text/csv"))) {
            assertProblem(refused, 413);
        }
    }

    @Test
    void removingAMemberEndsTheOrganisationsAccessAtOnceAndKeepsTheirAccount() {
        Person leaving = Team.join(team.adminToken(), team.orgId(), "leaving", "MEMBER", null);
        try (Response refused = Api.request("/orgs/" + team.orgId() + "/members/" + leaving.id(),
                team.counsellorToken()).delete()) {
            assertProblem(refused, 403);
        }
        try (Response removed = Api.request("/orgs/" + team.orgId() + "/members/" + leaving.id(), team.adminToken())
                .delete()) {
            assertEquals(204, removed.getStatus());
        }
        try (Response org = get("/orgs/" + team.orgId(), leaving.token())) {
            assertProblem(org, 404);
        }
        try (Response me = get("/me", leaving.token())) {
            assertEquals(200, me.getStatus(), "the account stays");
        }
        try (Response lastAdmin = Api.request("/orgs/" + team.orgId() + "/members/" + team.adminId(),
                team.adminToken()).delete()) {
            assertProblem(lastAdmin, 409);
        }
    }

    @Test
    void orgAdminsChangeRolesAndCohortsCounsellorsOnlyRead() {
        Person person = Team.join(team.adminToken(), team.orgId(), "promoted", "MEMBER", null);
        try (Response refused = Team.patch("/orgs/" + team.orgId() + "/members/" + person.id(), team.counsellorToken(),
                "{\"role\":\"COUNSELLOR\"}")) {
            assertProblem(refused, 403);
        }
        try (Response changed = Team.patch("/orgs/" + team.orgId() + "/members/" + person.id(), team.adminToken(),
                "{\"role\":\"COUNSELLOR\",\"cohortIds\":[" + team.cohortId() + "]}")) {
            assertEquals(200, changed.getStatus(), () -> changed.readEntity(String.class));
            assertEquals("COUNSELLOR", json(changed).getString("role"));
        }
        try (Response list = get("/orgs/" + team.orgId() + "/members?role=COUNSELLOR", team.counsellorToken())) {
            assertEquals(200, list.getStatus());
            assertTrue(json(list).toString().contains(person.email()));
        }
        try (Response refused = get("/orgs/" + team.orgId() + "/members", team.memberToken())) {
            assertProblem(refused, 403);
        }
        try (Response foreign = Team.patch("/orgs/" + team.orgId() + "/members/" + person.id(), team.adminToken(),
                "{\"cohortIds\":[999999999]}")) {
            assertProblem(foreign, 400);
        }
    }

    @Test
    void aPngLogoIsStoredAndAnSvgLosesItsScriptsAndOutsideReferences() throws IOException {
        BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        try (Response stored = Api.request("/orgs/" + team.orgId() + "/logo", team.adminToken())
                .put(Entity.entity(png.toByteArray(), "image/png"))) {
            assertEquals(200, stored.getStatus(), () -> stored.readEntity(String.class));
        }
        try (Response logo = get("/orgs/" + team.orgId() + "/logo", team.memberToken())) {
            assertEquals("image/png", logo.getMediaType().toString());
            assertEquals(40, ImageIO.read(logo.readEntity(java.io.InputStream.class)).getWidth());
        }
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
                + " width=\"10\" height=\"10\" onload=\"alert(1)\"><script>alert(2)</script>"
                + "<rect width=\"10\" height=\"10\" fill=\"#1a73e8\" onclick=\"steal()\"/>"
                + "<image xlink:href=\"https://tracker.example/p.png\"/><use href=\"https://evil.example/x.svg#a\"/>"
                + "<foreignObject><iframe src=\"https://evil.example\"/></foreignObject>"
                + "<circle r=\"2\" style=\"fill:url(https://evil.example/f)\"/></svg>";
        try (Response stored = Api.request("/orgs/" + team.orgId() + "/logo", team.adminToken())
                .put(Entity.entity(svg.getBytes(StandardCharsets.UTF_8), "image/svg+xml"))) {
            assertEquals(200, stored.getStatus(), () -> stored.readEntity(String.class));
        }
        try (Response logo = get("/orgs/" + team.orgId() + "/logo", team.memberToken())) {
            String kept = logo.readEntity(String.class);
            assertTrue(kept.contains("<rect"), kept);
            for (String gone : new String[] {"script", "onload", "onclick", "alert", "tracker.example", "evil.example",
                "foreignObject", "iframe"}) {
                assertFalse(kept.contains(gone), gone + " must be gone: " + kept);
            }
        }
        try (Response tooBig = Api.request("/orgs/" + team.orgId() + "/logo", team.adminToken())
                .put(Entity.entity(new byte[201 * 1024], "image/png"))) {
            assertProblem(tooBig, 413);
        }
        try (Response notAnImage = Api.request("/orgs/" + team.orgId() + "/logo", team.adminToken())
                .put(Entity.entity("hello".getBytes(StandardCharsets.UTF_8), "image/png"))) {
            assertProblem(notAnImage, 422);
        }
        try (Response refused = Api.request("/orgs/" + team.orgId() + "/logo", team.memberToken())
                .put(Entity.entity(png.toByteArray(), "image/png"))) {
            assertProblem(refused, 403);
        }
    }

    @Test
    void whenTheOrganisationBrandsExportsTheLogoSitsInTheHeaderAndTheParseBackStillPasses() throws IOException {
        Team branded = Team.create("Branded Careers");
        BufferedImage image = new BufferedImage(60, 20, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        try (Response stored = Api.request("/orgs/" + branded.orgId() + "/logo", branded.adminToken())
                .put(Entity.entity(png.toByteArray(), "image/png"))) {
            assertEquals(200, stored.getStatus());
        }
        try (Response created = post("/artifacts", branded.memberToken(), it.dev.cvtailor.reviews.Reviews.ARTIFACT)) {
            Api.awaitReadyStatus("/artifacts/" + json(created).getJsonNumber("id").longValue(), branded.memberToken());
        }
        long cv = it.dev.cvtailor.reviews.Reviews.cv(branded.memberToken());
        assertEquals(0, imagesOnFirstPage(branded, cv), "branding is off by default");
        branded.settings("{\"brandingInExports\":true}");
        assertEquals(1, imagesOnFirstPage(branded, cv));
        try (Response docx = post("/export/" + cv, branded.memberToken(), "{\"format\":\"docx\"}")) {
            assertEquals(200, docx.getStatus());
            try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(docx.readEntity(java.io.InputStream.class))) {
                assertEquals("Logo of Branded Careers", document.getHeaderList().get(0).getParagraphs().get(0)
                        .getRuns().get(0).getEmbeddedPictures().get(0).getDescription());
            }
        }
    }

    /** Exports the CV as PDF, checks the server's own parse-back passed, and counts the images on its first page. */
    private static int imagesOnFirstPage(Team branded, long cv) throws IOException {
        try (Response pdf = post("/export/" + cv, branded.memberToken(), "{\"format\":\"pdf\"}")) {
            assertEquals(200, pdf.getStatus(), () -> pdf.readEntity(String.class));
            String exportId = pdf.getHeaderString("X-Export-Id");
            byte[] bytes = pdf.readEntity(byte[].class);
            try (Response log = get("/exports/" + exportId, branded.memberToken())) {
                assertTrue(json(log).getJsonObject("atsCheck").getBoolean("passed"));
            }
            try (var document = org.apache.pdfbox.Loader.loadPDF(bytes)) {
                var resources = document.getPage(0).getResources();
                int images = 0;
                for (var name : resources.getXObjectNames()) {
                    if (resources.getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject) {
                        images++;
                    }
                }
                return images;
            }
        }
    }

    private static JsonObject bulk(String csv) {
        try (Response report = Api.request("/orgs/" + team.orgId() + "/invitations/bulk", team.adminToken())
                .post(Entity.entity(csv, "text/csv"))) {
            assertEquals(200, report.getStatus(), () -> report.readEntity(String.class));
            return json(report);
        }
    }
}
