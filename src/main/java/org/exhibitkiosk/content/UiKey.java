package org.exhibitkiosk.content;

/**
 * Every interface text the kiosk shows, by its key in {@code ui-strings.yaml}. The validator
 * refuses interface files that lack one of these, so no screen ever shows a bare key.
 */
public enum UiKey {
    // Welcome and navigation
    WELCOME_CHOOSE_LANGUAGE("welcome.choose-language"),
    NAV_HOME("nav.home"),
    NAV_NEXT("nav.next"),
    NAV_PREVIOUS("nav.previous"),
    NAV_TEXT_SIZE("nav.text-size"),
    NAV_TWO_LANGUAGES("nav.two-languages"),
    NAV_CLOSE("nav.close"),
    NAV_PAGE_OF("nav.page-of"),

    // Home tiles
    TILE_KEY_FACTS("tile.key-facts"),
    TILE_PERSPECTIVES("tile.perspectives"),
    TILE_MAP("tile.map"),
    TILE_SUMMARY("tile.summary"),
    TILE_CREDITS("tile.credits"),

    // Reading
    QUOTE_TRANSLATION("quote.translation"),
    CONTENT_NOTE_TITLE("content-note.title"),
    CONTENT_NOTE_CONTINUE("content-note.continue"),
    CONTENT_NOTE_BACK("content-note.back"),
    FACTS_ACCORDING_TO("facts.according-to"),
    PERSPECTIVES_NO_VERDICT("perspectives.no-verdict"),
    CREDITS_TITLE("credits.title"),
    MAP_POSITIONS_APPROXIMATE("map.positions-approximate"),
    MAP_PLAY("map.play"),
    MAP_PAUSE("map.pause"),

    // Attract loop and session
    ATTRACT_TOUCH_TO_BEGIN("attract.touch-to-begin"),
    IDLE_STILL_THERE("idle.still-there"),
    IDLE_COUNTDOWN("idle.countdown"),
    IDLE_CONTINUE("idle.continue"),
    CLOSED_TITLE("closed.title"),
    CLOSED_TOUCH("closed.touch"),

    // Printing
    PRINT_TITLE("print.title"),
    PRINT_CHOOSE_LANGUAGE("print.choose-language"),
    PRINT_CONFIRM("print.confirm"),
    PRINT_CANCEL("print.cancel"),
    PRINT_PRINTING("print.printing"),
    PRINT_DONE("print.done"),
    PRINT_UNAVAILABLE("print.unavailable"),
    PRINT_ALREADY_PRINTED("print.already-printed"),
    PRINT_PLEASE_WAIT("print.please-wait"),
    PRINT_DAILY_LIMIT("print.daily-limit"),
    PRINT_FAILED("print.failed"),

    // Staff
    STAFF_ENTER_PIN("staff.enter-pin"),
    STAFF_WRONG_PIN("staff.wrong-pin"),
    STAFF_LOCKED("staff.locked"),
    STAFF_TITLE("staff.title"),
    STAFF_LEAVE_KIOSK("staff.leave-kiosk"),
    STAFF_RELOAD("staff.reload"),
    STAFF_RELOADED("staff.reloaded"),
    STAFF_RELOAD_FAILED("staff.reload-failed"),
    STAFF_VERSIONS("staff.versions"),
    STAFF_PRINTER("staff.printer"),
    STAFF_HANDOUTS("staff.handouts"),
    STAFF_CLEANING("staff.cleaning"),
    STAFF_CLEANING_COUNTDOWN("staff.cleaning-countdown"),
    STAFF_LOG_OUT("staff.log-out"),
    STAFF_CHART_SESSIONS("staff.chart-sessions"),
    STAFF_CHART_LANGUAGES("staff.chart-languages"),
    NAV_NEXT_SECTION("nav.next-section"),
    PRINT_SCAN_TO_TAKE_HOME("print.scan-to-take-home"),
    CLOSED_OPENS_TODAY("closed.opens-today"),
    CLOSED_OPENS_TOMORROW("closed.opens-tomorrow"),
    CLOSED_OPENS_ON("closed.opens-on"),
    STAFF_PIN_DELETE("staff.pin-delete"),
    STAFF_KIOSK_VERSION("staff.kiosk-version"),
    STAFF_DEVELOPMENT_BUILD("staff.development-build"),
    STAFF_CONTENT_FOLDER("staff.content-folder"),
    STAFF_CONFIG_FOLDER("staff.config-folder"),
    STAFF_LEAVE_KIOSK_CONFIRM("staff.leave-kiosk-confirm"),
    STAFF_CANCEL("staff.cancel"),
    STAFF_PRINTER_READY("staff.printer-ready"),
    STAFF_PRINTER_MISSING("staff.printer-missing"),
    STAFF_PRINTER_NO_DEFAULT("staff.printer-no-default"),
    STAFF_PRINTER_STOPPED("staff.printer-stopped"),
    STAFF_PRINTER_REJECTING("staff.printer-rejecting"),
    STAFF_PRINTER_OUT_OF_PAPER("staff.printer-out-of-paper"),
    STAFF_PRINTER_CUPS_DOWN("staff.printer-cups-down"),
    STAFF_PRINTER_UNKNOWN("staff.printer-unknown"),
    STAFF_PRINTER_ATTENTION("staff.printer-attention"),
    STAFF_PRINTER_DETAIL("staff.printer-detail"),
    STAFF_HANDOUT_COPY("staff.handout-copy"),
    STAFF_HANDOUT_PRINTED("staff.handout-printed"),
    STAFF_HANDOUT_FAILED("staff.handout-failed"),
    STAFF_HANDOUTS_DONE("staff.handouts-done"),
    STAFF_HANDOUTS_NOTHING("staff.handouts-nothing");

    private final String key;

    UiKey(String key) {
        this.key = key;
    }

    /** The key as written in {@code ui-strings.yaml}. */
    public String key() {
        return key;
    }
}
