package se.rapportverk.husstil;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.GeneralPath;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

import javax.imageio.ImageIO;

/**
 * Draws the standard house style's logo, a neutral placeholder emblem for the fictional Ekeby
 * kommun: a shield in the standard heading blue with an oak ("ek") in white. It has no words, so
 * that it does not name a kommun it may not belong to, and no transparency (a white ground), so
 * that the PDF can carry the PNG's compressed data as it is.
 *
 * <p>Run once to write {@code src/main/resources/husstil/logotyp.png}; the committed file is what
 * Rapportverk uses (a drawing made again with another Java may differ in its last bits).
 */
public final class StandardLogo {

    private StandardLogo() {
    }

    /** Writes the logo to the path given, or to the standard resource. */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "src/main/resources/husstil/logotyp.png");
        ImageIO.write(draw(), "png", out.toFile());
    }

    static BufferedImage draw() {
        int w = 544;
        int h = 644;
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);

        Color blue = new Color(0x1F3864);
        g.setColor(blue);
        g.translate(-28, -28);
        g.fill(shield(30, 30, 540, 640));
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(10f));
        g.draw(shield(58, 58, 484, 580));

        // The oak: a crown of overlapping round lobes on a trunk, a line of ground below.
        Area crown = new Area();
        double[][] lobes = {
                {300, 215, 105}, {215, 260, 85}, {385, 260, 85}, {250, 330, 80}, {350, 330, 80},
                {300, 300, 95}, {175, 320, 60}, {425, 320, 60}};
        for (double[] l : lobes) {
            crown.add(new Area(new Ellipse2D.Double(l[0] - l[2], l[1] - l[2], 2 * l[2], 2 * l[2])));
        }
        g.fill(crown);
        g.fill(new RoundRectangle2D.Double(278, 360, 44, 150, 12, 12));
        GeneralPath roots = new GeneralPath();
        roots.moveTo(278, 470);
        roots.quadTo(270, 505, 235, 515);
        roots.lineTo(365, 515);
        roots.quadTo(330, 505, 322, 470);
        roots.closePath();
        g.fill(roots);
        g.fill(new RoundRectangle2D.Double(165, 522, 270, 14, 14, 14));
        g.dispose();
        return image;
    }

    /** A shield: straight top, straight sides for half its height, then curving to a point. */
    private static GeneralPath shield(double x, double y, double w, double h) {
        GeneralPath p = new GeneralPath();
        double side = y + h * 0.48;
        p.moveTo(x, y);
        p.lineTo(x + w, y);
        p.lineTo(x + w, side);
        p.curveTo(x + w, y + h * 0.80, x + w * 0.70, y + h * 0.92, x + w / 2, y + h);
        p.curveTo(x + w * 0.30, y + h * 0.92, x, y + h * 0.80, x, side);
        p.closePath();
        return p;
    }
}
