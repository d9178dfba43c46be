package io.adsdesk.ui.reports;

import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A chart as a PNG file: a snapshot of the node as drawn, on the window's background colour. */
final class PngSnapshot {
    private PngSnapshot() {
    }

    /** Takes the picture on the FX thread; {@link #write} may then run on a worker. */
    static WritableImage take(Node node, Color background) {
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(background);
        return node.snapshot(params, null);
    }

    /** Writes the picture as PNG; the pixels are copied first, so the image is not read again. */
    static BufferedImage pixels(WritableImage image) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        PixelReader reader = image.getPixelReader();
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            reader.getPixels(0, y, width, 1, javafx.scene.image.PixelFormat.getIntArgbInstance(), row, 0, width);
            out.setRGB(0, y, width, 1, row, 0, width);
        }
        return out;
    }

    static void write(BufferedImage pixels, Path target) throws IOException {
        Path tmp = target.resolveSibling(target.getFileName() + ".part");
        if (!ImageIO.write(pixels, "png", tmp.toFile())) {
            Files.deleteIfExists(tmp);
            throw new IOException("no PNG writer is available");
        }
        Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
