package org.mkplay.rt;

/** java.lang.Object. Object.&lt;init&gt; is a no-op the compiler drops. */
public class JObject {
    public boolean equals(Object o) {
        return this == o;
    }

    /** Identity hash derived from the address (differs from HotSpot's random identity hashes). */
    public int hashCode() {
        return (int) (Native.addressOf(this) >>> 3);
    }

    public String toString() {
        return Native.className(this) + "@" + JInteger.toHexString(hashCode());
    }
}
