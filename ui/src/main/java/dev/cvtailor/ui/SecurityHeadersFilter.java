package dev.cvtailor.ui;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Security headers for the Vaadin UI. The content security policy allows what Vaadin's client needs (its own
 * scripts, inline styles and the inline bootstrap script, same-origin requests) and nothing from elsewhere;
 * the UI may not be framed by other sites. Under {@code /sso/} the answers are Liberty's own hand-over forms to
 * the identity provider (a SAML LogoutRequest posted to it), so there forms may go to another origin.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter implements Filter {

    static final String POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    static final String SSO_POLICY = POLICY.replace("form-action 'self'", "form-action 'self' http: https:");

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletResponse http = (HttpServletResponse) response;
        boolean sso = ((HttpServletRequest) request).getRequestURI().startsWith(
                ((HttpServletRequest) request).getContextPath() + "/sso/");
        http.setHeader("Content-Security-Policy", sso ? SSO_POLICY : POLICY);
        http.setHeader("X-Content-Type-Options", "nosniff");
        http.setHeader("Referrer-Policy", "same-origin");
        http.setHeader("X-Frame-Options", "DENY");
        chain.doFilter(request, response);
    }
}
