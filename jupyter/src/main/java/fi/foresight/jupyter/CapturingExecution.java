package fi.foresight.jupyter;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import jdk.jshell.execution.DirectExecutionControl;

/**
 * Runs snippets inside the kernel's own JVM and keeps what they return: the value JShell sees is a key, and
 * {@link #take(String)} gives the object itself, so the kernel can show a table or a chart rather than its
 * {@code toString()}. Each snippet runs on a thread of its own, which {@link #stop()} stops (with every thread
 * the snippet started) when the user interrupts the kernel. An exception a snippet throws is kept as well
 * ({@link #lastThrown()}), so that errors are shown by their type, not by the class name JShell reports.
 */
final class CapturingExecution extends DirectExecutionControl {
    private static final String KEY_PREFIX = "\u0000foresight-value-";

    private final Map<String, Object> values = new ConcurrentHashMap<>();
    private final AtomicLong counter = new AtomicLong();
    private final Object lock = new Object();
    private ThreadGroup running;
    private volatile Throwable lastThrown;

    /**
     * The value a snippet returned, removed from the store.
     *
     * @param key the value string JShell reported for the snippet
     * @return the object, empty when the key is not one of ours or the value was null
     */
    java.util.Optional<Object> take(String key) {
        if (key == null || !key.startsWith(KEY_PREFIX)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.ofNullable(values.remove(key));
    }

    /** Forgets every stored value (after each cell, so that nothing is kept alive for long). */
    void forgetValues() {
        values.clear();
    }

    /** The exception the last snippet threw, or null. */
    Throwable lastThrown() {
        return lastThrown;
    }

    @Override
    @SuppressWarnings("removal")
    protected String invoke(Method doit) throws Exception {
        lastThrown = null;
        AtomicReference<Object> result = new AtomicReference<>();
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        ThreadGroup group = new ThreadGroup("foresight-cell");
        Thread cell = new Thread(group, () -> {
            try {
                result.set(doit.invoke(null));
            } catch (InvocationTargetException e) {
                thrown.set(e);
            } catch (Throwable e) {
                thrown.set(e);
            }
        }, "foresight-cell");
        cell.setContextClassLoader(Thread.currentThread().getContextClassLoader());
        synchronized (lock) {
            running = group;
        }
        try {
            cell.start();
            cell.join();
        } finally {
            synchronized (lock) {
                running = null;
            }
        }
        Throwable t = thrown.get();
        Throwable cause = t instanceof InvocationTargetException ite ? ite.getCause() : t;
        if (cause instanceof ThreadDeath) {
            throw new StoppedException();
        }
        if (t != null) {
            lastThrown = cause;
            if (t instanceof Exception e) {
                throw e;
            }
            throw new InvocationTargetException(t);
        }
        String key = KEY_PREFIX + counter.incrementAndGet();
        if (result.get() != null) {
            values.put(key, result.get());
        }
        return key;
    }

    /** Stops the running snippet and the threads it started; does nothing between snippets. */
    @Override
    @SuppressWarnings({"removal", "deprecation"})
    public void stop() {
        synchronized (lock) {
            if (running != null) {
                running.stop();
            }
        }
    }
}
