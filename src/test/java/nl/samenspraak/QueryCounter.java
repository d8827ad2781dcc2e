package nl.samenspraak;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestComponent;

/**
 * Counts the SQL statements the app prepares, so tests can show that a page needs the same
 * few queries whether it lists five inputs or fifty (no N+1). Also counted per thread: a MockMvc
 * request runs on the test's own thread, while the outbox sender, the audit sealer and event
 * listeners run on theirs, so on a busy machine their work is not counted against the page.
 */
@TestComponent
public class QueryCounter implements BeanPostProcessor {

    private static final AtomicLong ALL = new AtomicLong();
    private static final ThreadLocal<long[]> ON_THREAD = ThreadLocal.withInitial(() -> new long[1]);
    private static final ThreadLocal<java.util.List<String>> SQL_ON_THREAD = new ThreadLocal<>();

    /** Starts keeping the text of every statement prepared on the calling thread (to find what a page reads twice). */
    public static void recordSqlOnThisThread() {
        SQL_ON_THREAD.set(new java.util.ArrayList<>());
    }

    /** The statements kept since {@link #recordSqlOnThisThread()}, and stops keeping them. */
    public static java.util.List<String> recordedSql() {
        java.util.List<String> sql = SQL_ON_THREAD.get();
        SQL_ON_THREAD.remove();
        return sql == null ? java.util.List.of() : sql;
    }

    /** Every statement prepared so far, on any thread: for pages requested over real HTTP. */
    public static long statements() {
        return ALL.get();
    }

    /** The statements prepared so far on the calling thread: for MockMvc requests, which run on it. */
    public static long statementsOnThisThread() {
        return ON_THREAD.get()[0];
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !(Proxy.isProxyClass(bean.getClass()))) {
            return Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                    (proxy, method, args) -> {
                        Object result = invoke(dataSource, method, args);
                        return result instanceof Connection connection ? counting(connection) : result;
                    });
        }
        return bean;
    }

    private static Connection counting(Connection connection) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    String name = method.getName();
                    if (name.equals("prepareStatement") || name.equals("createStatement") || name.equals("prepareCall")) {
                        ALL.incrementAndGet();
                        ON_THREAD.get()[0]++;
                        java.util.List<String> sql = SQL_ON_THREAD.get();
                        if (sql != null && args != null && args.length > 0 && args[0] instanceof String text) {
                            sql.add(text);
                        }
                    }
                    return invoke(connection, method, args);
                });
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getTargetException();
        }
    }
}
