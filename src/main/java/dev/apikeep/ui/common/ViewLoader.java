package dev.apikeep.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads a screen's FXML with a controller factory that hands the {@link AppContext} to controllers
 * that take one in their constructor (others are made with their no-argument constructor).
 */
public final class ViewLoader {
    private final AppContext context;

    public ViewLoader(AppContext context) {
        this.context = context;
    }

    /** A loaded view and its controller. */
    public record View<C>(Parent root, C controller) {
    }

    /** Loads {@code <Screen>View.fxml} that sits beside {@code controllerType} in the resources. */
    public <C> View<C> load(Class<C> controllerType, String fxmlName) {
        URL url = controllerType.getResource(fxmlName);
        if (url == null) throw new IllegalStateException("missing view " + fxmlName + " for " + controllerType.getName());
        FXMLLoader loader = new FXMLLoader(url);
        loader.setControllerFactory(this::create);
        try {
            Parent root = loader.load();
            return new View<>(root, controllerType.cast(loader.getController()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + fxmlName, e);
        }
    }

    private Object create(Class<?> type) {
        try {
            for (Constructor<?> c : type.getConstructors()) {
                if (c.getParameterCount() == 1 && c.getParameterTypes()[0] == AppContext.class) return c.newInstance(context);
            }
            return type.getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create controller " + type.getName(), e);
        }
    }
}
