package party.wtp.client.shim;

import org.teavm.model.BasicBlock;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.Instruction;
import org.teavm.model.MethodHolder;
import org.teavm.model.Program;
import org.teavm.model.instructions.InvokeInstruction;
import org.teavm.vm.spi.TeaVMHost;
import org.teavm.vm.spi.TeaVMPlugin;

/**
 * Stops TeaVM's {@code Throwable} constructors from capturing a JavaScript stack trace when an exception is made: TeaVM
 * captures it anyway when the exception is thrown, and the constructor code is inlined at every {@code throw} site.
 * (In JavaScript {@code fillInStackTrace} does nothing, so its call goes too.) Only TeaVM reads this class (as a plugin).
 */
public final class LazyStackTraces implements TeaVMPlugin, ClassHolderTransformer {
    @Override
    public void install(TeaVMHost host) {
        host.add(this);
    }

    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        if (!cls.getName().equals("java.lang.Throwable")) {
            return;
        }
        for (MethodHolder method : cls.getMethods()) {
            Program program = method.getProgram();
            if (program == null || !(method.getName().equals("<init>") || method.getName().equals("init"))) {
                continue;
            }
            for (int i = 0; i < program.basicBlockCount(); i++) {
                BasicBlock block = program.basicBlockAt(i);
                for (Instruction insn = block.getFirstInstruction(); insn != null;) {
                    Instruction next = insn.getNext();
                    if (insn instanceof InvokeInstruction && stackCapture((InvokeInstruction) insn)) {
                        insn.delete();
                    }
                    insn = next;
                }
            }
        }
    }

    private static boolean stackCapture(InvokeInstruction invoke) {
        String name = invoke.getMethod().getName();
        return invoke.getReceiver() == null && (name.equals("initNativeException") || name.equals("fillInStackTrace"));
    }
}
