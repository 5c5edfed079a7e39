/**
 * The simulated machine behind the intrinsics' Java bodies: sparse physical memory, a CSR file with the hart's
 * access rules, and traps taken where the real hart would take them.
 */
package org.mkplay.vmmagic.host;
