package dev.cvtailor.ui;

import com.vaadin.cdi.CdiVaadinServlet;

import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;

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
}
