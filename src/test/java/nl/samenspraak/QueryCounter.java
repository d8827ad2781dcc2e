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
