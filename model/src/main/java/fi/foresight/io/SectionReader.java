package fi.foresight.io;

/** Reads one top-level section of a model file ({@code variables:}, {@code panels:}, …) into the draft. */
@FunctionalInterface
interface SectionReader {
    void read(Field section, Reading reading, ModelDraft draft);
}
