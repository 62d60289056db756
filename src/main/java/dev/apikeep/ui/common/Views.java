package dev.apikeep.ui.common;

import dev.apikeep.domain.Messages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.util.Callback;

/**
 * The one loader of every {@link FxmlView}: the only place that makes an {@link FXMLLoader}
 * ({@code LayerRulesTest} forbids it elsewhere). Controllers come from a factory, never from
 * FXMLLoader's own reflection, so a controller can take the {@link AppContext} or its model in its
 * constructor; views a view includes ({@code fx:include}) get their controllers the same way.
 */
public final class Views {
    private Views() {
    }

    /** A loaded view and its controller. */
    public record Loaded<C>(Parent root, C controller) {
    }

    /** Controllers whose constructor takes an {@link AppContext} get {@code context}; others are made with no arguments. */
    public static <C> Loaded<C> load(FxmlView view, AppContext context) {
        return load(view, type -> construct(type, context));
    }

    /**
     * With {@code controller} (made from the dialog's model) as the view's controller; the
     * controllers of included views are made with no arguments.
     */
    public static <C> Loaded<C> loadWith(FxmlView view, C controller) {
        return load(view, type -> type.isInstance(controller) ? controller : construct(type, null));
    }

    private static <C> Loaded<C> load(FxmlView view, Callback<Class<?>, Object> controllers) {
        FXMLLoader loader = new FXMLLoader(view.url());
        loader.setControllerFactory(controllers);
        loader.setResources(Messages.bundle());
        try {
            Parent root = loader.load();
            return new Loaded<>(root, loader.getController());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + view.path(), e);
        }
    }

    private static Object construct(Class<?> type, AppContext context) {
        try {
            for (Constructor<?> c : type.getConstructors()) {
                if (context != null && c.getParameterCount() == 1 && c.getParameterTypes()[0] == AppContext.class) {
                    return c.newInstance(context);
                }
            }
            return type.getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create controller " + type.getName(), e);
        }
    }
}
