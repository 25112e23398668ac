package org.exhibitkiosk.config;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.spec.InvalidKeySpecException;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A staff PIN stored only as a salted PBKDF2-HMAC-SHA256 hash:
 * {@code pbkdf2-sha256:ITERATIONS:SALT:HASH} (salt and hash in Base64). Checking a PIN takes a
 * deliberate fraction of a second, so run it off the EDT. Immutable, thread-safe.
 */
public record PinHash(int iterations, byte[] salt, byte[] hash) {

    /** OWASP's 2023 figure for PBKDF2-HMAC-SHA256: what {@code set-pin} writes. */
    public static final int ITERATIONS = 600_000;
    /** The fewest iterations a stored hash may have; tests hash with this many, to stay fast. */
    public static final int MIN_ITERATIONS = 10_000;
    private static final String SCHEME = "pbkdf2-sha256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;

    public PinHash {
        if (iterations < MIN_ITERATIONS || salt.length < 8 || hash.length < 16) {
            throw new IllegalArgumentException("PIN hash is too weak to be a real one");
        }
        salt = salt.clone();
        hash = hash.clone();
    }

    /** Whether a PIN is acceptable: 4 to 12 digits. */
    public static boolean isValidPin(char[] pin) {
        if (pin.length < 4 || pin.length > 12) {
            return false;
        }
        for (char c : pin) {
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Hashes a new PIN with a fresh random salt and {@link #ITERATIONS} iterations. */
    public static PinHash create(char[] pin) {
        return create(pin, ITERATIONS);
    }

    /**
     * Hashes a new PIN with a fresh random salt and that many iterations (at least
     * {@link #MIN_ITERATIONS}); the count is stored with the hash, so checking uses it.
     */
    public static PinHash create(char[] pin, int iterations) {
        if (iterations < MIN_ITERATIONS) {
            throw new IllegalArgumentException("a PIN hash needs at least " + MIN_ITERATIONS + " iterations");
        }
        byte[] salt = new byte[SALT_BYTES];
        new SecureRandom().nextBytes(salt);
        return new PinHash(iterations, salt, derive(pin, salt, iterations));
    }

    /** Reads the stored form; throws {@link IllegalArgumentException} with a readable reason. */
    public static PinHash parse(String stored) {
        String[] parts = stored.trim().split(":");
        if (parts.length != 4 || !parts[0].equals(SCHEME)) {
            throw new IllegalArgumentException("this is not a PIN hash written by set-pin; set the PIN with set-pin (never write a PIN into this file)");
        }
        try {
            return new PinHash(Integer.parseInt(parts[1]), Base64.getDecoder().decode(parts[2]),
                    Base64.getDecoder().decode(parts[3]));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("PIN hash is damaged; run set-pin again", e);
        }
    }

    /** Compares in constant time. */
    public boolean matches(char[] pin) {
        return MessageDigest.isEqual(hash, derive(pin, salt, iterations));
    }

    @Override
    public byte[] salt() {
        return salt.clone();
    }

    @Override
    public byte[] hash() {
        return hash.clone();
    }

    /** The line written to the PIN file. */
    public String format() {
        Base64.Encoder b64 = Base64.getEncoder();
        return SCHEME + ":" + iterations + ":" + b64.encodeToString(salt) + ":" + b64.encodeToString(hash);
    }

    @Override
    public String toString() {
        return "PinHash[" + SCHEME + ", " + iterations + " iterations]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PinHash p && p.iterations == iterations && Arrays.equals(p.salt, salt)
                && Arrays.equals(p.hash, hash);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(hash);
    }

    private static byte[] derive(char[] pin, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(pin, salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException("this Java runtime lacks PBKDF2WithHmacSHA256", e);
        } finally {
            spec.clearPassword();
        }
    }
}
