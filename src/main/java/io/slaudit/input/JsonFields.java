package io.slaudit.input;

import io.slaudit.input.JsonDocument.Value;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Typed access to the members of a JSON object read by {@link JsonDocument}: each refusal names the
 * member, what was expected and what the file holds, at the value's line and column. Members a
 * reader does not ask for are ignored, since a REST response carries many that do not matter here.
 */
public final class JsonFields {

    private JsonFields() {}

    /** The value as an object, or a refusal naming {@code what} was expected. */
    public static Value.Object object(Value v, String what) {
        if (v instanceof Value.Object o) {
            return o;
        }
        throw invalid(v, "expected " + what + " (an object), found " + v.kindName());
    }

    public static Value.Array array(Value v, String what) {
        if (v instanceof Value.Array a) {
            return a;
        }
        throw invalid(v, "expected " + what + " (an array), found " + v.kindName());
    }

    /** A member that must be present. */
    public static Value required(Value.Object o, String key, String within) {
        return o.get(key).orElseThrow(() -> invalid(o, within + " has no '" + key + "'"));
    }

    /** A member that may be missing or null. */
    public static Optional<Value> optional(Value.Object o, String key) {
        return o.get(key).filter(v -> !(v instanceof Value.Null));
    }

    public static String text(Value v, String key) {
        if (v instanceof Value.Text t) {
            return t.text();
        }
        throw invalid(v, "'" + key + "' must be a string, found " + v.kindName());
    }

    public static boolean bool(Value v, String key) {
        if (v instanceof Value.Bool b) {
            return b.value();
        }
        throw invalid(v, "'" + key + "' must be true or false, found " + describe(v));
    }

    /**
     * A whole number within {@code [min, max]}. A string of digits is accepted too, since some REST
     * APIs write ids and amounts as strings ({@code "120"}).
     */
    public static long whole(Value v, String key, long min, long max) {
        BigDecimal n;
        if (v instanceof Value.Number num) {
            n = num.number();
        } else if (v instanceof Value.Text t && t.text().trim().matches("-?\\d{1,18}")) {
            n = new BigDecimal(t.text().trim());
        } else {
            throw invalid(v, "'" + key + "' must be a whole number, found " + describe(v));
        }
        if (n.stripTrailingZeros().scale() > 0) {
            throw invalid(v, "'" + key + "' must be a whole number, found " + n.toPlainString());
        }
        if (n.compareTo(BigDecimal.valueOf(min)) < 0 || n.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw invalid(v, "'" + key + "' must be between " + min + " and " + max + ", found " + n.toPlainString());
        }
        return n.longValueExact();
    }

    /** {@code "text"} for a string, else the kind: for messages. */
    public static String describe(Value v) {
        if (v instanceof Value.Text t) {
            String s = t.text();
            return "'" + (s.length() > 60 ? s.substring(0, 59) + "…" : s) + "'";
        }
        if (v instanceof Value.Number n) {
            return n.number().toPlainString();
        }
        return v.kindName();
    }

    public static InputException invalid(Value v, String message) {
        return InputException.invalid(v.mark(), message);
    }
}
