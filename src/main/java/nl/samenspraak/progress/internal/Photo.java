package nl.samenspraak.progress.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import nl.samenspraak.progress.InvalidMilestoneException;
import nl.samenspraak.progress.Milestones;

/**
 * A photo as it is stored: decoded and written again, so that only pixels are kept. A phone photo
 * carries where and when it was taken (EXIF) and a crafted file may carry anything; neither may
 * reach the public page. Only JPEG and PNG are accepted, whatever the file name or content type says.
 */
record Photo(byte[] bytes, String contentType) {

    /** Larger images are refused before decoding: a small file can claim a huge canvas. */
    static final int MAX_PIXELS = 40_000_000;

    static Photo of(byte[] upload) {
        if (upload.length > Milestones.PHOTO_BYTES) {
            throw new InvalidMilestoneException("photo", "progress.error.photoTooLarge");
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            Iterator<ImageReader> readers = in == null ? java.util.Collections.emptyIterator() : ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw notAnImage();
            }
            ImageReader reader = readers.next();
            try {
                String format = reader.getFormatName().toLowerCase(java.util.Locale.ROOT);
                boolean jpeg = format.equals("jpeg") || format.equals("jpg");
                if (!jpeg && !format.equals("png")) {
                    throw notAnImage();
                }
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels <= 0 || pixels > MAX_PIXELS) {
                    throw new InvalidMilestoneException("photo", "progress.error.photoTooLarge");
                }
                BufferedImage image = reader.read(0);
                return jpeg ? encode(withoutAlpha(image), "jpeg", "image/jpeg") : encode(image, "png", "image/png");
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidMilestoneException invalid) {
                throw invalid;
            }
            throw notAnImage();
        }
    }

    private static BufferedImage withoutAlpha(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB || image.getType() == BufferedImage.TYPE_3BYTE_BGR) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        var g = rgb.createGraphics();
        g.drawImage(image, 0, 0, java.awt.Color.WHITE, null);
        g.dispose();
        return rgb;
    }

    private static Photo encode(BufferedImage image, String format, String contentType) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(image, format, out)) {
            throw notAnImage();
        }
        return new Photo(out.toByteArray(), contentType);
    }

    private static InvalidMilestoneException notAnImage() {
        return new InvalidMilestoneException("photo", "progress.error.photoNotImage");
    }
}
