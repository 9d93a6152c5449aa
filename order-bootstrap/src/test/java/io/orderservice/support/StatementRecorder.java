package io.orderservice.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.MethodExecutionContext;
import net.ttddyy.dsproxy.listener.MethodExecutionListener;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Records every SQL statement (each row of a batch counts) and every commit that the service sends through its
 * DataSource, on every thread, while {@link #recording() recording}: what the hot-path budgets count. Statements of the
 * test's own bookkeeping run {@link #unrecorded unrecorded}.
 */
public final class StatementRecorder implements QueryExecutionListener, MethodExecutionListener {

    /** One statement as it was sent, with the thread that sent it. */
    public record Statement(String thread, String sql) {
    }

    /** What a window of work sent to the database. */
    public record Recorded(List<Statement> statements, int commits) {

        public int count() {
            return statements.size();
        }

        /** The statements grouped by their text, most frequent first: what a failed budget prints. */
        public String breakdown() {
            Map<String, Long> bySql = statements.stream().collect(Collectors.groupingBy(
                    statement -> statement.sql().replaceAll("\\s+", " "), TreeMap::new, Collectors.counting()));
            var out = new StringBuilder("%d statements, %d commits:%n".formatted(count(), commits));
            bySql.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .forEach(entry -> out.append("%4d × %s%n".formatted(entry.getValue(), entry.getKey())));
            return out.toString();
        }
    }

    private final List<Statement> statements = new ArrayList<>();
    private final AtomicInteger commits = new AtomicInteger();
    private final ThreadLocal<Boolean> unrecorded = ThreadLocal.withInitial(() -> false);
    private volatile boolean recording;

    /** Starts a window: what was recorded before is dropped. */
    public synchronized void start() {
        statements.clear();
        commits.set(0);
        recording = true;
    }

    /** Ends the window and answers what it recorded. */
    public synchronized Recorded stop() {
        recording = false;
        return new Recorded(List.copyOf(statements), commits.get());
    }

    public boolean recording() {
        return recording;
    }

    /** How many statements the window has so far. */
    public synchronized int sofar() {
        return statements.size();
    }

    /** Runs the test's own queries without counting them. */
    public <T> T unrecorded(Supplier<T> work) {
        unrecorded.set(true);
        try {
            return work.get();
        } finally {
            unrecorded.set(false);
        }
    }

    @Override
    public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
    }

    @Override
    public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
        if (!recording || unrecorded.get()) {
            return;
        }
        var thread = Thread.currentThread().getName();
        synchronized (this) {
            for (var query : queries) {
                int times = execution.isBatch() ? Math.max(1, query.getParametersList().size()) : 1;
                for (int i = 0; i < times; i++) {
                    statements.add(new Statement(thread, query.getQuery()));
                }
            }
        }
    }

    @Override
    public void beforeMethod(MethodExecutionContext context) {
    }

    @Override
    public void afterMethod(MethodExecutionContext context) {
        if (recording && !unrecorded.get() && context.getMethod().getName().equals("commit")) {
            commits.incrementAndGet();
        }
    }

    /** Import into a test to record through the service's own DataSource. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Wiring {

        @Bean
        static StatementRecorder statementRecorder() {
            return new StatementRecorder();
        }

        @Bean
        static BeanPostProcessor recordingDataSource(org.springframework.beans.factory.ObjectProvider<StatementRecorder> recorder) {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    if (!(bean instanceof DataSource dataSource)) {
                        return bean;
                    }
                    var listener = recorder.getObject();
                    return ProxyDataSourceBuilder.create(dataSource).name(beanName).listener(listener)
                            .methodListener(listener).build();
                }
            };
        }
    }
}
