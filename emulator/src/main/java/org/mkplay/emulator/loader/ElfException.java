package org.mkplay.emulator.loader;

/** The image is not a loadable RV64 ELF executable for this machine; the message says why. */
public final class ElfException extends Exception {
    private static final long serialVersionUID = 1L;

    public ElfException(String message) {
        super(message);
    }
}
