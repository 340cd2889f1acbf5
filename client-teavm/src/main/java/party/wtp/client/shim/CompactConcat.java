package party.wtp.client.shim;

import java.util.ArrayList;
import java.util.List;
import org.teavm.classlib.impl.JCLPlugin;
import org.teavm.classlib.impl.StringConcatFactorySubstitutor;
import org.teavm.dependency.BootstrapMethodSubstitutor;
import org.teavm.dependency.DynamicCallSite;
import org.teavm.model.MethodReference;
import org.teavm.model.ValueType;
import org.teavm.model.emit.ProgramEmitter;
import org.teavm.model.emit.ValueEmitter;
import org.teavm.vm.spi.After;
import org.teavm.vm.spi.TeaVMHost;
import org.teavm.vm.spi.TeaVMPlugin;

/**
 * Compiles Java string concatenations ({@code invokedynamic makeConcatWithConstants}) to one call of
 * {@link Concatenation#join} over the pieces turned to text by {@code String.valueOf}, instead of TeaVM's own string
 * builder sequence that its full optimization inlines at every site (mostly error messages). Same text, much less
 * code. Recipes with extra constants fall back to TeaVM's way. Only TeaVM reads this class (as a plugin).
 */
@After(JCLPlugin.class)
public final class CompactConcat implements TeaVMPlugin, BootstrapMethodSubstitutor {
    private static final ValueType STRING = ValueType.object("java.lang.String");
    private static final MethodReference BOOTSTRAP = new MethodReference("java.lang.invoke.StringConcatFactory",
            "makeConcatWithConstants", ValueType.object("java.lang.invoke.MethodHandles$Lookup"), STRING,
            ValueType.object("java.lang.invoke.MethodType"), STRING, ValueType.arrayOf(ValueType.object("java.lang.Object")),
            ValueType.object("java.lang.invoke.CallSite"));
    private static final MethodReference JOIN = new MethodReference(Concatenation.class.getName(), "join",
            ValueType.arrayOf(STRING), STRING);

    private final BootstrapMethodSubstitutor standard = new StringConcatFactorySubstitutor();

    @Override
    public void install(TeaVMHost host) {
        host.add(BOOTSTRAP, this);
    }

    @Override
    public ValueEmitter substitute(DynamicCallSite site, ProgramEmitter pe) {
        String recipe = site.getBootstrapArguments().get(0).getString();
        if (recipe.indexOf('\u0002') >= 0) {
            return standard.substitute(site, pe);
        }
        List<ValueEmitter> pieces = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int arg = 0;
        for (int i = 0; i < recipe.length(); i++) {
            char c = recipe.charAt(i);
            if (c != '\u0001') {
                literal.append(c);
                continue;
            }
            if (literal.length() > 0) {
                pieces.add(pe.constant(literal.toString()));
                literal.setLength(0);
            }
            ValueType type = site.getCalledMethod().parameterType(arg);
            pieces.add(pe.invoke(valueOf(type), site.getArguments().get(arg)));
            arg++;
        }
        if (literal.length() > 0) {
            pieces.add(pe.constant(literal.toString()));
        }
        ValueEmitter array = pe.constructArray(STRING, pieces.size());
        for (int i = 0; i < pieces.size(); i++) {
            array.setElement(i, pieces.get(i));
        }
        return pe.invoke(JOIN, array);
    }

    /** The {@code String.valueOf} overload Java's concatenation uses for a value of this type. */
    private static MethodReference valueOf(ValueType type) {
        ValueType param = ValueType.object("java.lang.Object");
        if (type instanceof ValueType.Primitive) {
            switch (((ValueType.Primitive) type).getKind()) {
                case BOOLEAN: param = ValueType.BOOLEAN; break;
                case CHARACTER: param = ValueType.CHARACTER; break;
                case LONG: param = ValueType.LONG; break;
                case FLOAT: param = ValueType.FLOAT; break;
                case DOUBLE: param = ValueType.DOUBLE; break;
                default: param = ValueType.INTEGER; break;
            }
        }
        return new MethodReference("java.lang.String", "valueOf", param, STRING);
    }
}
