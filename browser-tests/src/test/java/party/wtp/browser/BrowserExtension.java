package party.wtp.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;

/**
 * Runs each {@link BrowserTest} once per enabled browser and hands it a {@link Browser}, a fresh
 * {@link StaticSites} and the {@link BrowserKind}. Browsers come from one {@link SharedBrowsers} in JUnit's root
 * store, so the whole suite starts each browser once and quits it at the end.
 */
final class BrowserExtension implements TestTemplateInvocationContextProvider {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserExtension.class);

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return context.getTestMethod().map(m -> m.isAnnotationPresent(BrowserTest.class)).orElse(false);
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        return BrowserKind.enabled().stream().map(Invocation::new);
    }

    static Path scratch() {
        return Path.of(System.getProperty("wtp.scratch", System.getProperty("java.io.tmpdir") + "/wtp-browser-tests"));
    }

    private record Invocation(BrowserKind kind) implements TestTemplateInvocationContext {
        @Override
        public String getDisplayName(int invocationIndex) {
            return "[" + kind.label() + "]";
        }

        @Override
        public List<Extension> getAdditionalExtensions() {
            return List.of(new Parameters(kind));
        }
    }

    private record Parameters(BrowserKind kind) implements ParameterResolver {
        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            Class<?> type = parameter.getParameter().getType();
            return type == Browser.class || type == StaticSites.class || type == BrowserKind.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            Class<?> type = parameter.getParameter().getType();
            if (type == BrowserKind.class) {
                return kind;
            }
            if (type == Browser.class) {
                SharedBrowsers shared = context.getRoot().getStore(NAMESPACE)
                        .getOrComputeIfAbsent(SharedBrowsers.class, k -> new SharedBrowsers(scratch()),
                                SharedBrowsers.class);
                return shared.get(kind);
            }
            // one server per test invocation, closed by JUnit with the invocation's store
            return context.getStore(NAMESPACE).getOrComputeIfAbsent(StaticSites.class, k -> {
                try {
                    Path root = Files.createDirectories(scratch().resolve("sites"));
                    return StaticSites.start(Files.createTempDirectory(root, kind.label() + "-"));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, StaticSites.class);
        }
    }
}
