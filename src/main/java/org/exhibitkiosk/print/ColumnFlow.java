package org.exhibitkiosk.print;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * A general column-flow engine for PDF pages: a list of items (lines, rules, groups kept together)
 * flowed top down through a list of regions (columns on pages), each item going on to the next
 * region when it does not fit what is left of one, and an item marked keep-with-next never left
 * alone at the foot of a region. It knows nothing of summaries. Stateless; thread-safe.
 */
final class ColumnFlow {

    private ColumnFlow() {
    }

    /** A piece of a column: a line, a rule, or a group kept together. */
    interface Item {
        float height();

        float spaceBefore();

        default boolean keepWithNext() {
            return false;
        }

        void draw(PDPageContentStream content, float x, float top, float width) throws IOException;
    }

    /** One line of text, set in the middle of its line height. */
    record LineItem(PdfText.Line line, float spaceBefore, boolean keepWithNext) implements Item {
        @Override
        public float height() {
            return line.height();
        }

        @Override
        public void draw(PDPageContentStream content, float x, float top, float width) throws IOException {
            float size = line.ascent() / PdfText.ASCENT;
            line.draw(content, x, top - (line.height() - size) / 2 - line.ascent());
        }
    }

    /** A horizontal rule across the column, in the middle of its height; it stays with what follows. */
    record RuleItem(float height, float spaceBefore, Color color, float thickness) implements Item {
        @Override
        public boolean keepWithNext() {
            return true;
        }

        @Override
        public void draw(PDPageContentStream content, float x, float top, float width) throws IOException {
            content.setStrokingColor(color);
            content.setLineWidth(thickness);
            content.moveTo(x, top - height / 2);
            content.lineTo(x + width, top - height / 2);
            content.stroke();
        }
    }

    /** Items that go into one region together, or not at all. */
    record Group(List<Item> items, float spaceBefore) implements Item {
        @Override
        public float height() {
            float height = 0;
            for (int i = 0; i < items.size(); i++) {
                height += (i == 0 ? 0 : items.get(i).spaceBefore()) + items.get(i).height();
            }
            return height;
        }

        @Override
        public void draw(PDPageContentStream content, float x, float top, float width) throws IOException {
            float y = top;
            for (int i = 0; i < items.size(); i++) {
                Item item = items.get(i);
                y -= i == 0 ? 0 : item.spaceBefore();
                item.draw(content, x, y, width);
                y -= item.height();
            }
        }
    }

    /** A column on one page (counted from 0) that a flow of items fills top down. */
    record Region(int page, float x, float top, float bottom, float width) {
    }

    /** An item placed in a region, its top at {@code top}. */
    record Placed(Region region, float top, Item item) {
        void draw(PDPageContentStream content) throws IOException {
            item.draw(content, region.x(), top, region.width());
        }
    }

    /** A paragraph wrapped to {@code width}: one item per line, the first with {@code spaceBefore}. */
    static List<Item> lines(PdfText text, List<PdfText.Span> spans, float width, float leading, float spaceBefore,
                            boolean keepWithNext) {
        List<Item> items = new ArrayList<>();
        List<PdfText.Line> lines = text.wrap(spans, width, leading);
        for (int i = 0; i < lines.size(); i++) {
            items.add(new LineItem(lines.get(i), i == 0 ? spaceBefore : 0, keepWithNext));
        }
        return items;
    }

    /**
     * Places items down the regions in order, adding each to {@code placed}; an item that does not
     * fit what is left of a region goes to the next. The bottom of the last item placed, or NaN when
     * the regions run out.
     */
    static float place(List<Item> items, List<Region> regions, List<Placed> placed) {
        int r = 0;
        float y = regions.get(0).top();
        boolean atTop = true;
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            while (true) {
                Region region = regions.get(r);
                float alone = (atTop ? 0 : item.spaceBefore()) + item.height();
                float withNext = alone;
                for (int j = i; j < items.size() - 1 && items.get(j).keepWithNext(); j++) {
                    Item next = items.get(j + 1);
                    withNext += next.spaceBefore() + next.height();
                }
                if (y - withNext >= region.bottom() || (atTop && y - alone >= region.bottom())) {
                    y -= atTop ? 0 : item.spaceBefore();
                    placed.add(new Placed(region, y, item));
                    y -= item.height();
                    atTop = false;
                    break;
                }
                if (atTop && r + 1 >= regions.size()) {
                    return Float.NaN;
                }
                r++;
                if (r >= regions.size()) {
                    return Float.NaN;
                }
                y = regions.get(r).top();
                atTop = true;
            }
        }
        return y;
    }
}
