package fi.foresight.job;

/** A model file of a kind this build cannot read (e.g. a ScenarioWizard file before the CIB module is in). */
public final class UnsupportedModelFormat extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public UnsupportedModelFormat(String message) {
        super(message);
    }
}
