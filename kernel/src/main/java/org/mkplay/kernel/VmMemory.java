package org.mkplay.kernel;

import org.mkplay.vmmagic.Abi;
import org.mkplay.vmmagic.Address;

/**
 * MAP and UNMAP on the machine's page tables ({@link Vm}): check finds everything map could trip on (a page
 * already mapped, no frame for a table), so map cannot fail once check said OK.
 */
final class VmMemory implements UserMemory {
    @Override
    public int check(Process p, long va) {
        if (!Vm.userPage(va)) return Abi.E_BAD_ARGUMENT;
        if (Vm.translate(p.satp, va, 0) >= 0) return Abi.E_BAD_ARGUMENT;
        return Frames.free() < Vm.tablesNeeded(p.satp, va) ? Abi.E_NO_MEMORY : Abi.OK;
    }

    @Override
    public void map(Process p, long va, Address pa, int rights) {
        if (Vm.mapUser(p.satp, va, pa.toLong(), rights) != Abi.OK) Panic.halt("map failed after its check");
    }

    @Override
    public void unmap(Process p, long va) {
        Vm.unmapUser(p.satp, va);
    }
}
