package org.mkplay.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mkplay.emulator.loader.ElfImage;
import org.mkplay.emulator.loader.ElfLoader;
import org.mkplay.kernel.Sv39Walk.Access;
import org.mkplay.kernel.Sv39Walk.PageFault;
import org.mkplay.kernel.build.TestImages;
import org.mkplay.kernel.build.UserImagePack;
import org.mkplay.vmmagic.Abi;
import org.mkplay.vmmagic.Address;

/**
 * Loading packed user programs (UserImages) on the simulated board: a program compiled by our toolchain's user
 * profile, and the same program made malformed in each way the loader must refuse.
 */
class UserImagesTest {
    static final byte[] HELLO = TestImages.compileProgram(TestImages.USER_SOURCES, "HelloA");

    @RegisterExtension
    final SimulatedBoard board = new SimulatedBoard();

    long satp;
    int asid = 1;

    @BeforeEach
    void startVm() {
        satp = KernelRig.oneUserSpace(board);
    }

    static void pack(byte[]... elves) {
        List<UserImagePack.Program> programs = new java.util.ArrayList<>();
        for (int k = 0; k < elves.length; k++) programs.add(new UserImagePack.Program("prog" + k, elves[k]));
        byte[] table = UserImagePack.table(programs);
        for (int k = 0; k < table.length; k++)
            Address.fromLong(UserImages.BASE + k).storeByte(table[k]);
    }

    @Test
    void withoutThePackedSegmentThereAreNoPrograms() {
        assertEquals(0, UserImages.count());
    }

    @Test
    void theTableGivesCountAndNames() {
        pack(HELLO, HELLO);
        assertEquals(2, UserImages.count());
        assertEquals("prog1", UserImages.name(1));
        assertThrows(IllegalArgumentException.class, () -> UserImages.name(2));
    }

    @Test
    void eachSegmentIsCopiedIntoFreshFramesMappedWithItsRightsAndTheRestIsZero() throws Exception {
        pack(HELLO);
        assertEquals(0x4000_0000L, UserImages.load(0, satp));
        ElfImage elf = ElfLoader.parse(HELLO);
        Sv39Walk user = new Sv39Walk(satp, true);
        ElfImage.Segment text = elf.segments().get(0), data = elf.segments().get(1);
        for (long off = 0; off < text.memorySize; off += 8) {
            long pa = user.translate(text.physicalAddress + off, Access.FETCH).pa();
            assertEquals(imageWord(text, off), Address.fromLong(pa).loadLong());
        }
        assertThrows(PageFault.class, () -> user.translate(text.physicalAddress, Access.STORE), "text is not writable");
        for (long off = 0; off < data.memorySize; off += 512) {
            long pa = user.translate(data.physicalAddress + off, Access.STORE).pa();
            assertEquals(
                    imageWord(data, off), Address.fromLong(pa).loadLong(), "data at +" + off + " (the heap is zero)");
        }
        assertThrows(
                PageFault.class, () -> user.translate(data.physicalAddress, Access.FETCH), "data is not executable");
    }

    @Test
    void reloadCopiesTheWritableSegmentsAfreshAndZeroesTheHeapButLeavesTheTextAndTheFrames() throws Exception {
        pack(HELLO);
        UserImages.load(0, satp);
        ElfImage elf = ElfLoader.parse(HELLO);
        Sv39Walk user = new Sv39Walk(satp, true);
        ElfImage.Segment text = elf.segments().get(0), data = elf.segments().get(1);
        int frames = Frames.used();
        long textPa = user.translate(text.physicalAddress, Access.FETCH).pa();
        long textWord = Address.fromLong(textPa).loadLong();
        for (long off = 0; off < data.memorySize; off += 512) {
            Address.fromLong(user.translate(data.physicalAddress + off, Access.STORE)
                            .pa())
                    .storeLong(-1L); // a run's scribbles
        }
        UserImages.reload(0, satp);
        for (long off = 0; off < data.memorySize; off += 512) {
            long pa = user.translate(data.physicalAddress + off, Access.STORE).pa();
            assertEquals(
                    imageWord(data, off),
                    Address.fromLong(pa).loadLong(),
                    "data at +" + off + " as in the image (the heap zero)");
        }
        assertEquals(textWord, Address.fromLong(textPa).loadLong());
        assertEquals(frames, Frames.used(), "the same frames, nothing allocated");
    }

    @Test
    void stackAndIpcBufferAreMappedBelowAndAtTheirAddressesWithAGuardPage() {
        assertEquals(Abi.OK, UserImages.mapStack(satp));
        Address ipc = UserImages.mapIpcBuffer(satp);
        Sv39Walk user = new Sv39Walk(satp, true);
        assertEquals(
                ipc.toLong(), user.translate(Abi.USER_IPC_BUFFER, Access.STORE).pa());
        user.translate(Abi.USER_STACK_TOP - 8, Access.STORE);
        user.translate(UserImages.STACK_BOTTOM, Access.STORE);
        assertThrows(
                PageFault.class, () -> user.translate(UserImages.STACK_BOTTOM - 8, Access.STORE), "the guard page");
    }

    @Test
    void unloadingGivesBackEveryFrame() {
        int before = Frames.used() - 1; // the space's root
        pack(HELLO);
        UserImages.load(0, satp);
        UserImages.mapStack(satp);
        UserImages.mapIpcBuffer(satp);
        assertTrue(Frames.used() > before + 40);
        Vm.freeSpace(satp);
        assertEquals(before, Frames.used());
    }

    /** The ELF with one change; each is refused with E_BAD_ARGUMENT and the space keeps nothing executable. */
    /** The segment's word at {@code off} as the image has it: its file bytes, then zero (the heap). */
    private static long imageWord(ElfImage.Segment s, long off) {
        return off + 8 <= s.data.length
                ? ByteBuffer.wrap(s.data, (int) off, 8)
                        .order(ByteOrder.LITTLE_ENDIAN)
                        .getLong()
                : 0;
    }

    private void refused(String why, Consumer<ByteBuffer> change) {
        byte[] bad = HELLO.clone();
        change.accept(ByteBuffer.wrap(bad).order(ByteOrder.LITTLE_ENDIAN));
        pack(bad);
        long fresh = Vm.newSpace(++asid); // a space of its own: a leftover mapping must not be what refuses it
        assertEquals(Abi.E_BAD_ARGUMENT, UserImages.load(0, fresh), why);
        pack(HELLO);
        assertEquals(0x4000_0000L, UserImages.load(0, Vm.newSpace(++asid)), "the unchanged program loads");
    }

    private static int ph(ByteBuffer b, int k) {
        return (int) b.getLong(32) + 56 * k;
    }

    @Test
    void malformedProgramsAreRefused() {
        refused("not an ELF", b -> b.put(0, (byte) 0));
        refused("32-bit", b -> b.put(4, (byte) 1));
        refused("not RISC-V", b -> b.putShort(18, (short) 62));
        refused("not an executable", b -> b.putShort(16, (short) 3));
        refused("headers past the end", b -> b.putLong(32, HELLO.length));
        refused("a segment in the kernel's memory", b -> b.putLong(ph(b, 0) + 16, 0x8000_0000L));
        refused("a segment below user space", b -> b.putLong(ph(b, 0) + 16, 0x3FFF_F000L));
        refused("a segment over the stack", b -> b.putLong(ph(b, 1) + 40, 0x4000_0000L));
        refused("a misaligned segment", b -> b.putLong(ph(b, 0) + 16, 0x4000_0010L));
        refused("writable and executable", b -> b.putInt(ph(b, 0) + 4, 7));
        refused("file size above memory size", b -> b.putLong(ph(b, 1) + 32, b.getLong(ph(b, 1) + 40) + 8));
        refused("bytes past the end of the file", b -> b.putLong(ph(b, 1) + 8, HELLO.length - 16));
        refused("an entry outside the text", b -> b.putLong(24, 0x5000_0000L));
    }

    @Test
    void runningOutOfFramesIsNoMemory() {
        pack(HELLO);
        while (Frames.free() > 10) Frames.allocate();
        assertEquals(Abi.E_NO_MEMORY, UserImages.load(0, satp));
    }
}
