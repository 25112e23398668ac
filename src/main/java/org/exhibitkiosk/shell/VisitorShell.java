package org.exhibitkiosk.shell;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.swing.JComponent;
import javax.swing.JPanel;
import org.exhibitkiosk.concurrent.Failures;
import org.exhibitkiosk.concurrent.Threads;
import org.exhibitkiosk.config.KioskConfig;
import org.exhibitkiosk.content.Exhibit;
import org.exhibitkiosk.content.Panel;
import org.exhibitkiosk.content.Section;
import org.exhibitkiosk.print.SummaryPrinting;
import org.exhibitkiosk.screens.ContentNoteScreen;
import org.exhibitkiosk.screens.CreditsScreen;
import org.exhibitkiosk.screens.HomeScreen;
import org.exhibitkiosk.screens.TileVignettes;
import org.exhibitkiosk.screens.KeyFactsScreen;
import org.exhibitkiosk.screens.MapScreen;
import org.exhibitkiosk.screens.PerspectivesScreen;
import org.exhibitkiosk.screens.Place;
import org.exhibitkiosk.screens.ReaderScreen;
import org.exhibitkiosk.screens.ScreenContext;
import org.exhibitkiosk.screens.VisitorActions;
import org.exhibitkiosk.screens.WelcomeScreen;
import org.exhibitkiosk.ui.Metrics;
import org.exhibitkiosk.ui.Theme;

/**
 * The visitor's side of the kiosk: turns the session's place into a screen, carries out what the
 * visitor's touches ask, and keeps the navigation bar in step. Screens are rebuilt from the
 * session whenever language, text size or screen size change, so the visitor keeps their place.
 * EDT only.
 */
public final class VisitorShell extends JPanel implements VisitorActions, NavigationBar.Actions {

    private KioskConfig config;
    private final VisitorSession session = new VisitorSession();
    private final TransitionPane screens = new TransitionPane();
    private Exhibit exhibit;
    private NavigationBar bar;
    private Metrics metrics;
    /** The panel a content note is shown for, until the visitor decides. */
    private Place.Reading pendingNote;
    private Place.Reading beforeNote;
    private SessionEvents events = SessionEvents.NONE;
    private Place lastShown;
    private final SummaryPrintFlow printFlow;
    private final Failures failures;
    private final TileVignettes vignettes;

    /**
     * @param printing the print desk for take-home summaries; null for a kiosk without printing
     * @param failures where failures of background work go once the screen is put right
     */
    public VisitorShell(Exhibit exhibit, KioskConfig config, SummaryPrinting printing, Failures failures) {
        super(new BorderLayout());
        Threads.assertEdt();
        this.exhibit = exhibit;
        this.config = config;
        this.failures = failures;
        this.vignettes = new TileVignettes(failures);
        this.printFlow = new SummaryPrintFlow(printing, config, failures, () -> this.exhibit, session::language, () -> {
            if (session.place() instanceof Place.Print || session.place() instanceof Place.Home) {
                rebuild(0);
            }
        });
        setName("kiosk.visitor");
        setBackground(Theme.color("Kiosk.background"));
        screens.setReducedMotion(config.display().reducedMotion());
        add(screens, BorderLayout.CENTER);
        addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent e) {
                Metrics resized = metricsFor(getSize());
                if (!resized.equals(metrics)) {
                    metrics = resized;
                    rebuild(0);
                }
            }
        });
        metrics = metricsFor(new Dimension(1920, 1080));
        rebuild(0);
    }

    /**
     * Builds the screens for the size they are about to be shown at, so the first screen a visitor
     * sees is not rebuilt under their finger when the layout catches up.
     */
    public void fitTo(Dimension size) {
        Metrics fitted = metricsFor(size);
        if (!fitted.equals(metrics)) {
            metrics = fitted;
            rebuild(0);
        }
    }

    /** Where the session's events go (the visit statistics). */
    public void setEvents(SessionEvents events) {
        this.events = events;
    }

    /** Who holds the session open while a print is in progress (the idle monitor). */
    void setPrintHold(Consumer<Boolean> hold) {
        printFlow.listen(hold, language -> events.printed(language));
    }

    public VisitorSession session() {
        return session;
    }

    public Exhibit exhibit() {
        return exhibit;
    }

    /** Whether a content note is on screen, waiting for the visitor to decide. */
    boolean showsContentNote() {
        return pendingNote != null;
    }

    /** Shows newly loaded content and config; the visitor stays where they are if that place still exists. */
    public void replace(Exhibit replacement, KioskConfig newConfig) {
        Threads.assertEdt();
        exhibit = replacement;
        config = newConfig;
        screens.setReducedMotion(newConfig.display().reducedMotion());
        metrics = metricsFor(getSize().width > 0 ? getSize() : new Dimension(1920, 1080));
        if (session.place() instanceof Place.Reading reading) {
            Section section = replacement.section(reading.sectionId()).orElse(null);
            if (section == null) {
                session.setPlace(new Place.Home());
            } else if (reading.page() >= section.panels().size()) {
                session.setPlace(new Place.Reading(section.id(), section.panels().size() - 1));
            }
        }
        rebuild(0);
    }

    /** Stops asking the printer for its state; the kiosk is closing. */
    void stop() {
        printFlow.stop();
    }

    /** Forgets the visitor and returns to the welcome screen. */
    public void resetSession() {
        session.reset();
        lastShown = null;
        printFlow.newVisitor();
        pendingNote = null;
        beforeNote = null;
        rebuild(0);
    }

    // ---- VisitorActions ----

    @Override
    public void chooseLanguage(String language) {
        boolean first = session.language() == null;
        String before = session.language();
        if (first) {
            events.languageChosen(language);
        } else if (!language.equals(before)) {
            events.languageSwitched(before, language);
        }
        session.setLanguage(language);
        if (first) {
            session.setPlace(new Place.Home());
            rebuild(1);
        } else {
            rebuild(0);
        }
    }

    @Override
    public void go(Place place) {
        Place target = place;
        if (place instanceof Place.Reading reading && reading.page() < 0) {
            target = new Place.Reading(reading.sectionId(), session.pageOf(reading.sectionId()));
        }
        if (target instanceof Place.Print) {
            printFlow.open();
        }
        int direction = target instanceof Place.Home || target instanceof Place.Welcome ? -1 : 1;
        navigate(target, direction);
    }

    @Override
    public void turnPage(int delta) {
        Place place = pendingNote != null ? pendingNote : session.place();
        if (!(place instanceof Place.Reading reading)) {
            return;
        }
        Section section = exhibit.section(reading.sectionId()).orElseThrow();
        int page = reading.page() + delta;
        if (page < 0) {
            return;
        }
        if (page >= section.panels().size()) {
            // Past a section's last page: on to the next section, after the last one home.
            List<Section> sections = exhibit.sections();
            int next = sections.indexOf(section) + 1;
            navigate(next > 0 && next < sections.size() ? new Place.Reading(sections.get(next).id(), 0)
                    : new Place.Home(), next > 0 && next < sections.size() ? 1 : -1);
            return;
        }
        navigate(new Place.Reading(section.id(), page), delta);
    }

    @Override
    public void acknowledgeContentNote() {
        if (pendingNote == null) {
            return;
        }
        Place.Reading reading = pendingNote;
        session.markNoteRead(reading.sectionId());
        pendingNote = null;
        navigate(reading, 1);
    }

    @Override
    public void declineContentNote() {
        pendingNote = null;
        Place back = beforeNote != null ? beforeNote : new Place.Home();
        beforeNote = null;
        navigate(back, -1);
    }

    // ---- NavigationBar.Actions ----

    @Override
    public void home() {
        navigate(new Place.Home(), -1);
    }

    @Override
    public void switchLanguage(String language) {
        chooseLanguage(language);
    }

    @Override
    public void nextTextSize() {
        session.setTextStep((session.textStep() + 1) % Metrics.textSteps());
        metrics = metricsFor(getSize());
        rebuild(0);
    }

    @Override
    public void nextSecondLanguage() {
        List<String> others = config.languageCodes().stream().filter(c -> !c.equals(session.language())).toList();
        String current = session.secondLanguage();
        int index = current == null ? -1 : others.indexOf(current);
        session.setSecondLanguage(index + 1 < others.size() ? others.get(index + 1) : null);
        rebuild(0);
    }

    // ---- building screens ----

    private void navigate(Place target, int direction) {
        if (target instanceof Place.Reading reading) {
            Panel panel = panelAt(reading).orElse(null);
            // One note per section: once the visitor has chosen to read on, the section's other
            // panels do not ask again.
            if (panel != null && panel.contentNote() != null && !session.hasReadNote(reading.sectionId())) {
                beforeNote = session.place() instanceof Place.Reading previous ? previous : null;
                pendingNote = reading;
                showScreen(new ContentNoteScreen(context(), panel), direction);
                return;
            }
        }
        pendingNote = null;
        session.setPlace(target);
        rebuild(direction);
    }

    private Optional<Panel> panelAt(Place.Reading reading) {
        return exhibit.section(reading.sectionId())
                .filter(s -> reading.page() >= 0 && reading.page() < s.panels().size())
                .map(s -> s.panels().get(reading.page()));
    }

    private void rebuild(int direction) {
        if (pendingNote != null) {
            panelAt(pendingNote).ifPresent(panel -> showScreen(new ContentNoteScreen(context(), panel), direction));
            return;
        }
        showScreen(screenFor(session.place()), direction);
        if (!session.place().equals(lastShown)) {
            lastShown = session.place();
            events.placeShown(lastShown);
        }
    }

    private void showScreen(JComponent screen, int direction) {
        if (bar != null) {
            remove(bar);
            bar = null;
        }
        if (session.language() != null) {
            Place place = session.place();
            boolean twoLanguages = pendingNote == null && (place instanceof Place.Home
                    || place instanceof Place.Reading || place instanceof Place.KeyFacts
                    || place instanceof Place.Perspectives);
            bar = new NavigationBar(context(), session.textStep(), twoLanguages, this);
            add(bar, BorderLayout.SOUTH);
        }
        revalidate();
        // Lay the bar out first, so the new screen is built into the space that is left.
        doLayout();
        screens.show(screen, direction);
        repaint();
    }

    private JComponent screenFor(Place place) {
        ScreenContext ctx = context();
        if (place instanceof Place.Welcome) {
            return new WelcomeScreen(ctx);
        } else if (place instanceof Place.Home) {
            return new HomeScreen(ctx, printFlow.printerAvailable(), vignettes);
        } else if (place instanceof Place.Reading reading) {
            Section section = exhibit.section(reading.sectionId()).orElseThrow();
            return new ReaderScreen(ctx, section, Math.min(reading.page(), section.panels().size() - 1));
        } else if (place instanceof Place.KeyFacts) {
            return new KeyFactsScreen(ctx);
        } else if (place instanceof Place.Perspectives) {
            return new PerspectivesScreen(ctx);
        } else if (place instanceof Place.Credits) {
            return new CreditsScreen(ctx);
        } else if (place instanceof Place.Print) {
            return printFlow.screen(ctx);
        } else if (place instanceof Place.Map map) {
            return new MapScreen(ctx, failures, map.day(), map.back());
        }
        throw new IllegalStateException("no screen for " + place);
    }

    private ScreenContext context() {
        String language = session.language() != null ? session.language() : config.languageCodes().get(0);
        return new ScreenContext(exhibit, config.languages(), language, session.secondLanguage(), metrics, this);
    }

    private Metrics metricsFor(Dimension size) {
        Dimension usable = size.width > 0 && size.height > 0 ? size : new Dimension(1920, 1080);
        return Metrics.of(usable, config.display().scale(), session.textStep());
    }
}
