package org.exhibitkiosk.map;

import java.awt.geom.Point2D;
import java.util.Objects;
import org.exhibitkiosk.content.OperationsMap.Extent;

/**
 * Latitude and longitude to pixels in a box: a plate carrée stretched by the cosine of the home
 * extent's middle latitude, which over a region this small is true to shape within a percent.
 * A projection shows a centre at a scale; zooming and panning make new ones, kept inside the home
 * extent. Immutable, thread-safe.
 */
public final class MapProjection {

    /** Kilometres in one degree of latitude. */
    public static final double KM_PER_DEGREE = 111.32;

    /** How far a visitor may zoom in, against the whole map. */
    public static final double MAX_ZOOM = 6;

    private final Extent home;
    private final double width;
    private final double height;
    private final double cosLat;
    private final double homeScale;
    private final double scale;
    private final double centreLat;
    private final double centreLon;

    private MapProjection(Extent home, double width, double height, double cosLat, double homeScale, double scale,
                          double centreLat, double centreLon) {
        this.home = home;
        this.width = width;
        this.height = height;
        this.cosLat = cosLat;
        this.homeScale = homeScale;
        this.scale = scale;
        this.centreLat = centreLat;
        this.centreLon = centreLon;
    }

    /** The whole extent fitted into a box of {@code width} by {@code height}, centred. */
    public static MapProjection fit(Extent extent, double width, double height) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("a map needs a box larger than nothing, not " + width + "x" + height);
        }
        double cosLat = Math.cos(Math.toRadians((extent.south() + extent.north()) / 2));
        double scale = Math.min(width / ((extent.east() - extent.west()) * cosLat),
                height / (extent.north() - extent.south()));
        return new MapProjection(extent, width, height, cosLat, scale, scale,
                (extent.south() + extent.north()) / 2, (extent.west() + extent.east()) / 2);
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    /** Pixels per degree of latitude. */
    public double scale() {
        return scale;
    }

    /** How far in this view is zoomed, against the whole map (1 at home). */
    public double zoom() {
        return scale / homeScale;
    }

    public boolean isHome() {
        return Math.abs(zoom() - 1) < 1e-9 && Math.abs(centreLat - (home.south() + home.north()) / 2) < 1e-9
                && Math.abs(centreLon - (home.west() + home.east()) / 2) < 1e-9;
    }

    public Point2D project(double latitude, double longitude) {
        return new Point2D.Double(width / 2 + (longitude - centreLon) * scale * cosLat,
                height / 2 - (latitude - centreLat) * scale);
    }

    /** Latitude and longitude of a pixel: {latitude, longitude}. */
    public double[] unproject(double x, double y) {
        return new double[] {centreLat - (y - height / 2) / scale, centreLon + (x - width / 2) / (scale * cosLat)};
    }

    /** Kilometres on the ground for one pixel, east-west and north-south alike. */
    public double kilometresPerPixel() {
        return KM_PER_DEGREE / scale;
    }

    /** The same view zoomed by {@code factor} about a pixel that stays where it is, within limits. */
    public MapProjection zoomedAt(double x, double y, double factor) {
        double newScale = Math.max(homeScale, Math.min(homeScale * MAX_ZOOM, scale * factor));
        double[] fixed = unproject(x, y);
        double lat = fixed[0] + (y - height / 2) / newScale;
        double lon = fixed[1] - (x - width / 2) / (newScale * cosLat);
        return new MapProjection(home, width, height, cosLat, homeScale, newScale, lat, lon).clamped();
    }

    /** The same view with the map dragged by {@code dx}, {@code dy} pixels. */
    public MapProjection pannedBy(double dx, double dy) {
        return new MapProjection(home, width, height, cosLat, homeScale, scale,
                centreLat + dy / scale, centreLon - dx / (scale * cosLat)).clamped();
    }

    /** The whole map again, in the same box. */
    public MapProjection home() {
        return fit(home, width, height);
    }

    /** Keeps the view's centre where the home view's box still covers the screen. */
    private MapProjection clamped() {
        double homeHalfHeight = height / 2 / homeScale;
        double homeHalfWidth = width / 2 / (homeScale * cosLat);
        double halfHeight = height / 2 / scale;
        double halfWidth = width / 2 / (scale * cosLat);
        double midLat = (home.south() + home.north()) / 2;
        double midLon = (home.west() + home.east()) / 2;
        double lat = clamp(centreLat, midLat - homeHalfHeight + halfHeight, midLat + homeHalfHeight - halfHeight);
        double lon = clamp(centreLon, midLon - homeHalfWidth + halfWidth, midLon + homeHalfWidth - halfWidth);
        return new MapProjection(home, width, height, cosLat, homeScale, scale, lat, lon);
    }

    private static double clamp(double value, double min, double max) {
        return min > max ? (min + max) / 2 : Math.max(min, Math.min(max, value));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MapProjection p && p.width == width && p.height == height && p.scale == scale
                && p.centreLat == centreLat && p.centreLon == centreLon && p.home.equals(home);
    }

    @Override
    public int hashCode() {
        return Objects.hash(width, height, scale, centreLat, centreLon, home);
    }
}
