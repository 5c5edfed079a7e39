/**
 * Running an image on the emulator as a console program ({@code mkplay run}): loading, host input to the UART,
 * output, disk images, exit status and the counters report.
 */
package org.mkplay.backend.run;
