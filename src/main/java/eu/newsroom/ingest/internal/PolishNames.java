package eu.newsroom.ingest.internal;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A Polish personal name given in the genitive ("zdaniem Piotra Mazura", "według Anny Kowalskiej") back in the
 * nominative, by the regular endings of first names and surnames. A form the endings do not tell is kept as written.
 */
final class PolishNames {

    private PolishNames() {
    }

    static String nominative(String name) {
        return Arrays.stream(name.strip().split(" ")).map(PolishNames::word).collect(Collectors.joining(" "));
    }

    private static String word(String w) {
        if (w.length() < 4 || !Character.isUpperCase(w.charAt(0))) {
            return w;
        }
        if (w.contains("-")) {
            // "Kosiniaka-Kamysza": each part of a double surname
            return Arrays.stream(w.split("-")).map(PolishNames::word).collect(Collectors.joining("-"));
        }
        if (w.endsWith("skiego") || w.endsWith("ckiego") || w.endsWith("dzkiego")) {
            return w.substring(0, w.length() - 4) + "i";
        }
        if (w.endsWith("skiej") || w.endsWith("ckiej") || w.endsWith("dzkiej")) {
            return w.substring(0, w.length() - 3) + "a";
        }
        if (w.endsWith("ii")) {
            // Marii, Zofii
            return w.substring(0, w.length() - 1) + "a";
        }
        if (w.endsWith("y") && "kgcsnlmrwtdbpzj".indexOf(w.charAt(w.length() - 2)) >= 0) {
            // Anny, Katarzyny, Ewy
            return w.substring(0, w.length() - 1) + "a";
        }
        if (w.endsWith("a") && "aeiouyąę".indexOf(w.charAt(w.length() - 2)) < 0) {
            // Piotra, Mazura, Tomasza, Nowaka
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
