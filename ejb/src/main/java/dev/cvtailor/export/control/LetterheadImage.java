package dev.cvtailor.export.control;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;

import javax.imageio.ImageIO;

import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;

import dev.cvtailor.export.entity.Letterhead;

/** A letterhead's image in the forms the renderers take: a data URI for FOP, a PNG with its size for Word. */
final class LetterheadImage {

    /** The logo's height in the header, in points; the width follows its proportions. */
    static final int HEIGHT_POINTS = 32;

    private LetterheadImage() {
    }

    static String dataUri(Letterhead letterhead) {
        return "data:" + letterhead.mediaType() + ";base64," + Base64.getEncoder().encodeToString(letterhead.image());
    }

    /** The logo as PNG (an SVG is drawn by Batik, FOP's own SVG library, at twice the header's height). */
    static byte[] png(Letterhead letterhead) {
        if (!letterhead.svg()) {
            return letterhead.image();
        }
        try {
            PNGTranscoder transcoder = new PNGTranscoder();
            transcoder.addTranscodingHint(PNGTranscoder.KEY_HEIGHT, (float) HEIGHT_POINTS * 4);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            transcoder.transcode(new TranscoderInput(new ByteArrayInputStream(letterhead.image())),
                    new TranscoderOutput(out));
            return out.toByteArray();
        } catch (TranscoderException e) {
            throw new IllegalStateException("The organisation's SVG logo could not be drawn", e);
        }
    }

    /** Width and height in points of the PNG at the header's height. */
    static int[] sizePoints(byte[] png) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            int width = Math.max(1, Math.round((float) HEIGHT_POINTS * image.getWidth() / image.getHeight()));
            return new int[] {Math.min(width, HEIGHT_POINTS * 6), HEIGHT_POINTS};
        } catch (IOException | RuntimeException e) {
            return new int[] {HEIGHT_POINTS, HEIGHT_POINTS};
        }
    }
}
