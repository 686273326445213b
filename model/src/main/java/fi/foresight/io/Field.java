package fi.foresight.io;

import fi.foresight.io.Node.Loc;
import fi.foresight.io.Node.Scalar;

/**
 * A value of the file at a path of keys: {@code variables.x1.distribution} with the position of its key and the
 * value itself.
 *
 * @param path   dotted path of keys, list items as {@code [i]}
 * @param key    the last key of the path as written (keys may contain dots); {@code [i]} for list items
 * @param keyLoc where the key that introduces the value is written (the item itself for list items)
 * @param node   the value
 */
record Field(String path, String key, Loc keyLoc, Node node) {

    /** Where a problem with this value is shown: a scalar at the value, a mapping or list at its key. */
    Loc at() {
        return node instanceof Scalar ? node.loc() : keyLoc;
    }

    boolean isNull() {
        return node instanceof Scalar s && s.kind() == Scalar.Kind.NULL;
    }

    String child(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
