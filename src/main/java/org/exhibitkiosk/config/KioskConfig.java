package org.exhibitkiosk.config;

import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import org.exhibitkiosk.content.LocalizedText;
import org.exhibitkiosk.files.OptionalKey;

/**
 * {@code kiosk-config/kiosk.yaml}: everything about one particular kiosk. The shipped file explains
 * every key in comments. Immutable, thread-safe.
 *
 * @param languages    the languages offered, in the order of the welcome screen's buttons
 * @param timeZone     the kiosk's time zone, for opening hours, print limits and statistics
 * @param museum       the museum's name and the exhibit's web page, for the handout
 * @param session      idle timings
 * @param attract      the attract loop
 * @param display      scale, cursor, motion
 * @param openingHours when the kiosk shows the exhibit rather than "closed"
 * @param printing     the printer, paper and limits
 * @param staff        the staff PIN pad
 * @param logs         where logs go
 * @param health       the optional health endpoint
 */
public record KioskConfig(
        List<Language> languages,
        ZoneId timeZone,
        Museum museum,
        Session session,
        Attract attract,
        Display display,
        OpeningHours openingHours,
        Printing printing,
        Staff staff,
        Logs logs,
        @OptionalKey Health health) {

    public KioskConfig {
        if (languages.isEmpty()) {
            throw new IllegalArgumentException("at least one language is needed");
        }
        if (languages.stream().map(Language::code).distinct().count() != languages.size()) {
            throw new IllegalArgumentException("a language is listed twice");
        }
        languages = List.copyOf(languages);
        health = health == null ? new Health(0) : health;
    }

    /** The language codes in order. */
    public List<String> languageCodes() {
        return languages.stream().map(Language::code).toList();
    }

    /**
     * One language the kiosk offers.
     *
     * @param code a language code such as en, az, hy
     * @param name the language's name in its own script, as on its button
     */
    public record Language(String code, String name) {
        public Language {
            if (!code.matches("[a-z]{2,3}")) {
                throw new IllegalArgumentException("'" + code + "' is not a language code such as en, az or hy");
            }
        }
    }

    /**
     * @param name the museum's name as printed on the handout
     * @param url  the exhibit's web page, printed as a QR code
     */
    public record Museum(LocalizedText name, URI url) {
    }

    /**
     * @param idleSeconds      quiet time before "Still there?" (60 to 90 is usual)
     * @param countdownSeconds how long "Still there?" waits before the session resets
     * @param cleaningSeconds  how long the screen ignores touches in cleaning mode (default 60)
     */
    public record Session(int idleSeconds, int countdownSeconds,
                          @OptionalKey Integer cleaningSeconds) {
        public Session {
            cleaningSeconds = cleaningSeconds == null ? 60 : cleaningSeconds;
            if (cleaningSeconds < 10 || cleaningSeconds > 600) {
                throw new IllegalArgumentException("cleaningSeconds must be between 10 and 600");
            }
            if (idleSeconds < 5 || idleSeconds > 3600) {
                throw new IllegalArgumentException("idleSeconds must be between 5 and 3600");
            }
            if (countdownSeconds < 3 || countdownSeconds > 120) {
                throw new IllegalArgumentException("countdownSeconds must be between 3 and 120");
            }
        }
    }

    /** @param slideSeconds how long each slide of the attract loop stays */
    public record Attract(int slideSeconds) {
        public Attract {
            if (slideSeconds < 3 || slideSeconds > 60) {
                throw new IllegalArgumentException("slideSeconds must be between 3 and 60");
            }
        }
    }

    /**
     * @param scale         size of everything relative to a 1920x1080 design; 0 picks it from the screen
     * @param showCursor    true for kiosks used with a mouse; touch kiosks hide it
     * @param reducedMotion replace slides and pans with cuts
     */
    public record Display(double scale, boolean showCursor, boolean reducedMotion) {
        public Display {
            if (scale != 0 && (scale < 0.5 || scale > 4)) {
                throw new IllegalArgumentException("scale must be 0 (automatic) or between 0.5 and 4");
            }
        }
    }

    /**
     * @param queue           the CUPS queue; empty for the system's default printer
     * @param paper           a4 or letter
     * @param edition         single (the visitor's language) or bilingual (English and the visitor's)
     * @param perSession      prints a visitor may make in one session
     * @param cooldownSeconds quiet time between two prints
     * @param dailyLimit      prints a day, counted in the kiosk's time zone
     * @param timeoutSeconds  how long a print may take before it is reported as failed
     */
    public record Printing(@OptionalKey String queue, Paper paper, Edition edition,
                           int perSession, int cooldownSeconds, int dailyLimit, int timeoutSeconds) {
        public Printing {
            queue = queue == null ? "" : queue.trim();
            if (perSession < 0 || cooldownSeconds < 0 || dailyLimit < 0) {
                throw new IllegalArgumentException("print limits cannot be negative");
            }
            if (timeoutSeconds < 5 || timeoutSeconds > 600) {
                throw new IllegalArgumentException("timeoutSeconds must be between 5 and 600");
            }
        }
    }

    /** Paper sizes the handout is laid out for. */
    public enum Paper { A4, LETTER }

    /** Which languages a printed summary holds. */
    public enum Edition { SINGLE, BILINGUAL }

    /**
     * @param pinFile        file in the config folder that holds the PIN's salted hash (written by set-pin)
     * @param maxAttempts    wrong PINs before the pad locks
     * @param lockoutMinutes how long it stays locked
     */
    public record Staff(String pinFile, int maxAttempts, int lockoutMinutes) {
        public Staff {
            if (pinFile.contains("/") || pinFile.contains("\\") || pinFile.startsWith(".")) {
                throw new IllegalArgumentException("pinFile must be a plain file name inside the config folder");
            }
            if (maxAttempts < 1 || lockoutMinutes < 1) {
                throw new IllegalArgumentException("maxAttempts and lockoutMinutes must be at least 1");
            }
        }
    }

    /**
     * @param httpPort  the port of the health endpoint (Prometheus text at /metrics, JSON at /status);
     *                  0 turns it off
     * @param bind      the address it listens on; this computer only (127.0.0.1) when left out
     * @param tokenFile a file in the config folder holding the bearer token every request must carry
     *                  beyond this computer (and /screenshot always); needed when {@code bind} is not
     *                  a loopback address; null for none
     */
    public record Health(int httpPort, @OptionalKey BindAddress bind, @OptionalKey String tokenFile) {
        public Health {
            if (httpPort < 0 || httpPort > 65535) {
                throw new IllegalArgumentException("httpPort must be 0 (off) or a port number up to 65535");
            }
            bind = bind == null ? BindAddress.LOOPBACK : bind;
            if (tokenFile != null && (tokenFile.isBlank() || tokenFile.contains("/") || tokenFile.contains("\\")
                    || tokenFile.startsWith("."))) {
                throw new IllegalArgumentException("tokenFile must be a plain file name inside the config folder");
            }
        }

        /** On this computer only, with no token. */
        public Health(int httpPort) {
            this(httpPort, null, null);
        }
    }

    /** @param folder where log files go (relative to the config folder, or absolute) */
    public record Logs(String folder) {
    }
}
