package io.orderservice.platform;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.MethodExecutionContext;
import net.ttddyy.dsproxy.listener.MethodExecutionListener;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.listener.QueryUtils;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Diagnostics for the benchmark: counts every SQL statement the service sends and every database
 * round trip (an execute, a batch, a commit), as the Micrometer counters {@code db.client.statements}
 * (tag {@code kind}) and {@code db.client.round.trips}. Off by default: it wraps the DataSource in a proxy.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("order-service.diagnostics.sql-counting")
class SqlCounting {

    private static final Set<String> ROUND_TRIP_METHODS = Set.of("commit", "rollback");

    @Bean
    static BeanPostProcessor countingDataSource(ObjectProvider<MeterRegistry> meters) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (!(bean instanceof DataSource dataSource)) {
                    return bean;
                }
                var registry = meters.getObject();
                var roundTrips = Counter.builder("db.client.round.trips").register(registry);
                return ProxyDataSourceBuilder.create(dataSource)
                        .name(beanName)
                        .listener(new QueryExecutionListener() {
                            @Override
                            public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
                            }

                            @Override
                            public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
                                roundTrips.increment();
                                for (var query : queries) {
                                    var kind = QueryUtils.getQueryType(query.getQuery()).name().toLowerCase();
                                    int times = execution.isBatch() ? Math.max(1, query.getParametersList().size()) : 1;
                                    registry.counter("db.client.statements", "kind", kind).increment(times);
                                }
                            }
                        })
                        .methodListener(new MethodExecutionListener() {
                            @Override
                            public void beforeMethod(MethodExecutionContext context) {
                            }

                            @Override
                            public void afterMethod(MethodExecutionContext context) {
                                if (ROUND_TRIP_METHODS.contains(context.getMethod().getName())) {
                                    roundTrips.increment();
                                }
                            }
                        })
                        .build();
            }
        };
    }
}
