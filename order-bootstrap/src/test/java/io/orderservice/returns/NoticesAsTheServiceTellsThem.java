package io.orderservice.returns;

import io.orderservice.returns.application.port.out.CustomerNotices;
import io.orderservice.returns.kit.CustomerNoticesContract;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The notice kit in the service's context: notices told through the service's notification port in PostgreSQL
 * transactions, as the return use cases tell them. A channel's test says what reached the customer.
 */
abstract class NoticesAsTheServiceTellsThem extends CustomerNoticesContract {

    @Autowired
    CustomerNotices notices;
    @Autowired
    PlatformTransactionManager transactions;

    @Override
    protected CustomerNotices notices() {
        return notices;
    }

    @Override
    protected void committed(Runnable work) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> work.run());
    }

    @Override
    protected void rolledBack(Runnable work) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            work.run();
            status.setRollbackOnly();
        });
    }
}
