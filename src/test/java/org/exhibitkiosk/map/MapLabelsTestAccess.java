package org.exhibitkiosk.map;

/** The label checks of {@link MapLabelsTest}, for tests of other packages (the PDF map). */
public final class MapLabelsTestAccess {

    private MapLabelsTestAccess() {
    }

    public static void assertLabelsFit(MapScene scene, String what) {
        MapLabelsTest.assertLabelsFit(scene, what);
    }
}
