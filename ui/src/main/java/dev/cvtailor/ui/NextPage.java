package dev.cvtailor.ui;

import java.util.Optional;
import java.util.regex.Pattern;

import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;

/**
 * Where to go once signed in: the view a visitor asked for (a review a mail links to, an invitation), carried as
 * {@code ?next=} through the sign-in and registration pages. Only a path inside the application is taken (letters,
 * digits, {@code / _ -}), and the router follows it, so it can never lead to another site.
 */
public final class NextPage {

    public static final String PARAMETER = "next";
    private static final Pattern INSIDE = Pattern.compile("^[A-Za-z0-9_-][A-Za-z0-9/_-]{0,299}$");

    private NextPage() {
    }

    /** The {@code next} parameter of the location, when it names a path inside the application. */
    public static Optional<String> of(Location location) {
        return location.getQueryParameters().getSingleParameter(PARAMETER).filter(NextPage::isInside);
    }

    /** The query parameters that carry a path on, or none for the start page. */
    public static QueryParameters carrying(String path) {
        return path == null || path.isBlank() || !isInside(path) ? QueryParameters.empty()
                : QueryParameters.of(PARAMETER, path);
    }

    /** A link to a page that carries the path on, e.g. {@code login?next=invitation/abc}. */
    public static String link(String page, String next) {
        return isInside(next) ? page + "?" + PARAMETER + "=" + next : page;
    }

    public static boolean isInside(String path) {
        return path != null && INSIDE.matcher(path).matches() && !path.contains("//");
    }
}
