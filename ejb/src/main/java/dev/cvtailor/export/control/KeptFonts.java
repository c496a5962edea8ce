package dev.cvtailor.export.control;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Supplier;

import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.io.InternalResourceResolver;
import org.apache.fop.fonts.EmbedFontInfo;
import org.apache.fop.fonts.FontCollection;
import org.apache.fop.fonts.LazyFont;
import org.apache.fop.render.intermediate.IFContext;
import org.apache.fop.render.intermediate.IFDocumentHandler;
import org.apache.fop.render.intermediate.IFDocumentHandlerConfigurator;
import org.apache.fop.render.pdf.PDFDocumentHandler;
import org.apache.fop.render.pdf.PDFDocumentHandlerMaker;
import org.apache.fop.render.pdf.PDFRendererConfig.PDFRendererConfigParser;
import org.apache.fop.render.pdf.PDFRendererConfigurator;

/**
 * FOP's PDF output with its fonts parsed once, not for every document. FOP gives each document fresh font objects
 * that read and parse the TrueType files again (measured: most of a CV's rendering time). Here a render borrows a
 * set of already parsed fonts from a small pool for its duration (one document at a time uses a set, so nothing is
 * shared between threads) and gives it back. A set remembers the glyphs its documents used, so each PDF embeds the
 * union of those glyphs of its set, a few kilobytes more; a set is dropped after {@value #USES} documents.
 */
final class KeptFonts extends PDFDocumentHandlerMaker {

    static final int USES = 500;

    /** A set of parsed fonts by file, and how many documents used it. */
    private static final class FontSet {
        final Map<URI, LazyFont> fonts = new HashMap<>();
        int uses;
    }

    private static final ThreadLocal<FontSet> LENT = new ThreadLocal<>();
    private final BlockingQueue<FontSet> pool;

    KeptFonts(int sets) {
        pool = new ArrayBlockingQueue<>(sets);
    }

    /** Runs a render with a set of parsed fonts lent to it. */
    <T> T lend(Supplier<T> render) {
        FontSet set = pool.poll();
        LENT.set(set == null ? new FontSet() : set);
        try {
            return render.get();
        } finally {
            FontSet used = LENT.get();
            LENT.remove();
            if (++used.uses < USES) {
                pool.offer(used);
            }
        }
    }

    @Override
    public IFDocumentHandler makeIFDocumentHandler(IFContext context) {
        PDFDocumentHandler handler = new PDFDocumentHandler(context) {
            @Override
            public IFDocumentHandlerConfigurator getConfigurator() {
                return new Configurator(getUserAgent());
            }
        };
        FOUserAgent agent = context.getUserAgent();
        if (agent.isAccessibilityEnabled()) {
            agent.setStructureTreeEventHandler(handler.getStructureTreeEventHandler());
        }
        return handler;
    }

    /** The PDF configuration, with the configured fonts taken from the lent set. */
    private static final class Configurator extends PDFRendererConfigurator {

        Configurator(FOUserAgent agent) {
            super(agent, new PDFRendererConfigParser());
        }

        @Override
        protected FontCollection createCollectionFromFontList(InternalResourceResolver resolver,
                List<EmbedFontInfo> fonts) {
            FontSet set = LENT.get();
            if (set == null) {
                return super.createCollectionFromFontList(resolver, fonts);
            }
            boolean complexScripts = userAgent.isComplexScriptFeaturesEnabled();
            // as FOP's CustomFontCollection registers them, each font made once per set
            return (start, fontInfo) -> {
                int number = start;
                for (EmbedFontInfo info : fonts) {
                    String name = "F" + number++;
                    fontInfo.addMetrics(name, set.fonts.computeIfAbsent(info.getEmbedURI(),
                            uri -> new LazyFont(info, resolver, complexScripts)));
                    info.getFontTriplets().forEach(triplet -> fontInfo.addFontProperties(name, triplet));
                }
                return number;
            };
        }
    }
}
