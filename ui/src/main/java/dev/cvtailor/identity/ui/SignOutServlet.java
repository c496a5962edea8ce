package dev.cvtailor.identity.ui;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * {@code /sign-out}: ends the application's session and the server's own sign-in (the LTPA cookie an OIDC or SAML
 * sign-in left), then sends the browser where {@link SignOut} decided: the provider's logout, or the sign-in page.
 * Only a destination the server put in the session is followed. A SAML sign-in ends at {@code /sso/<id>/sign-out}
 * instead ({@link SsoServlet}), where its service provider knows the caller and can log out at the provider too.
 */
@WebServlet(urlPatterns = SignOutServlet.PATH)
public class SignOutServlet extends HttpServlet {

    static final String PATH = "/sign-out";
    static final String NEXT = SignOutServlet.class.getName() + ".next";
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SignOutServlet.class.getName());

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        String next = session == null ? null : (String) session.getAttribute(NEXT);
        end(request, response, next != null ? next : request.getContextPath() + "/login");
    }

    /**
     * Ends the session and the server's sign-in, then goes to {@code next} unless the server's own logout has
     * already answered (a SAML service provider with {@code spLogout} posts a LogoutRequest to the provider).
     */
    static void end(HttpServletRequest request, HttpServletResponse response, String next) throws IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyGone) {
                // ended by another request meanwhile
            }
        }
        try {
            request.logout();
        } catch (ServletException e) {
            LOG.log(Level.FINE, "No server sign-in to end", e);
        }
        if (!response.isCommitted()) {
            response.setHeader("Cache-Control", "no-store");
            response.sendRedirect(next);
        }
    }
}
