/**
 * The build worker JVM (javac and our toolchain, never running what they compile) and the server's end of its pipe.
 */
package org.mkplay.backend.builds.worker;
