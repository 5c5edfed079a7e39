package org.mkplay.rt;

/** java.lang.StringIndexOutOfBoundsException. */
public class JStringIndexOutOfBoundsException extends JIndexOutOfBoundsException {
    public JStringIndexOutOfBoundsException() {
        super();
    }

    public JStringIndexOutOfBoundsException(String message) {
        super(message);
    }

    /** As the JDK: "String index out of range: " and the index. */
    public JStringIndexOutOfBoundsException(int index) {
        super("String index out of range: " + index);
    }
}
