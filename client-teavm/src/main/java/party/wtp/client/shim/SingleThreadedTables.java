package party.wtp.client.shim;

import org.teavm.model.BasicBlock;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.Instruction;
import org.teavm.model.MethodHolder;
import org.teavm.model.Program;
import org.teavm.model.instructions.MonitorEnterInstruction;
import org.teavm.model.instructions.MonitorExitInstruction;
import org.teavm.vm.spi.TeaVMHost;
import org.teavm.vm.spi.TeaVMPlugin;

/**
 * Removes the lock Bouncy Castle's Ed25519 takes around building its precomputed point tables, when TeaVM compiles it.
 * The client runs on the browser's one thread and the table setup never yields, so the lock guards nothing there, yet
 * it alone pulls TeaVM's monitor and thread emulation into the bundle. Only TeaVM reads this class (as a plugin).
 */
public final class SingleThreadedTables implements TeaVMPlugin, ClassHolderTransformer {
    /** The Bouncy Castle class whose locks are dropped. */
    static final String ED25519 = "org.bouncycastle.math.ec.rfc8032.Ed25519";

    @Override
    public void install(TeaVMHost host) {
        host.add(this);
    }

    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        if (!cls.getName().equals(ED25519)) {
            return;
        }
        for (MethodHolder method : cls.getMethods()) {
            Program program = method.getProgram();
            for (int i = 0; program != null && i < program.basicBlockCount(); i++) {
                BasicBlock block = program.basicBlockAt(i);
                for (Instruction insn = block.getFirstInstruction(); insn != null;) {
                    Instruction next = insn.getNext();
                    if (insn instanceof MonitorEnterInstruction || insn instanceof MonitorExitInstruction) {
                        insn.delete();
                    }
                    insn = next;
                }
            }
        }
    }
}
