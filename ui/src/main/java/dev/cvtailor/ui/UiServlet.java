package dev.cvtailor.ui;

import java.io.IOException;
import java.util.UUID;

import com.vaadin.cdi.CdiVaadinServlet;

import dev.cvtailor.platform.control.Correlation;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Vaadin's servlet, declared rather than deployed automatically, for one reason: Liberty hands a servlet the parts
 * of a multipart request (Vaadin's uploads) only when it is declared to accept them, and refuses with SRVE8020E
 * otherwise. The ceiling here is generous; the upload reader applies the configured limit
 * ({@code cvtailor.upload.max-bytes}) to every file.
 */
@WebServlet(urlPatterns = "/*", asyncSupported = true, loadOnStartup = 1)
@MultipartConfig(fileSizeThreshold = 1024 * 1024, maxFileSize = 64L * 1024 * 1024, maxRequestSize = 128L * 1024 * 1024)
public class UiServlet extends CdiVaadinServlet {

    private static final long serialVersionUID = 1L;

    /** Each request of the UI gets a correlation id, carried into the work it queues and into every log line. */
    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Correlation.begin(UUID.randomUUID().toString());
        try {
            super.service(request, response);
        } finally {
            Correlation.end();
        }
    }
}
