package fi.foresight.distributions.fit;

import java.math.BigDecimal;
import java.math.MathContext;

/** MessageNumbers in messages: at most six significant digits, no trailing zeros ("0.3", "2", "1.5E+7"). */
final class MessageNumbers {
    private MessageNumbers() {
    }

    static String num(double x) {
        if (!Double.isFinite(x)) {
            return x > 0 ? "inf" : x < 0 ? "-inf" : "NaN";
        }
        if (x == 0) {
            return "0";
        }
        BigDecimal rounded = new BigDecimal(x).round(new MathContext(6)).stripTrailingZeros();
        double magnitude = Math.abs(x);
        return magnitude >= 1e-4 && magnitude < 1e7 ? rounded.toPlainString() : rounded.toString();
    }
}
