package eu.newsroom.shared;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostCommitDeleteEventListener;
import org.hibernate.event.spi.PostCommitInsertEventListener;
import org.hibernate.event.spi.PostCommitUpdateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.persister.entity.EntityPersister;

/**
 * Calls {@link #committed(Object)} for every entity inserted, updated or deleted, once its transaction has
 * committed (never for a rolled-back one): for caches of what readers see, which must forget what changed.
 */
public abstract class CommittedChanges implements PostCommitInsertEventListener, PostCommitUpdateEventListener,
        PostCommitDeleteEventListener {

    protected CommittedChanges(EntityManagerFactory entityManagerFactory) {
        EventListenerRegistry listeners = entityManagerFactory.unwrap(SessionFactoryImplementor.class)
                .getServiceRegistry().requireService(EventListenerRegistry.class);
        listeners.appendListeners(EventType.POST_COMMIT_INSERT, this);
        listeners.appendListeners(EventType.POST_COMMIT_UPDATE, this);
        listeners.appendListeners(EventType.POST_COMMIT_DELETE, this);
    }

    /** An entity whose change was committed. */
    protected abstract void committed(Object entity);

    @Override
    public final void onPostInsert(PostInsertEvent event) {
        committed(event.getEntity());
    }

    @Override
    public final void onPostUpdate(PostUpdateEvent event) {
        committed(event.getEntity());
    }

    @Override
    public final void onPostDelete(PostDeleteEvent event) {
        committed(event.getEntity());
    }

    @Override
    public final void onPostInsertCommitFailed(PostInsertEvent event) {
        // nothing was committed, nothing changed
    }

    @Override
    public final void onPostUpdateCommitFailed(PostUpdateEvent event) {
        // nothing was committed, nothing changed
    }

    @Override
    public final void onPostDeleteCommitFailed(PostDeleteEvent event) {
        // nothing was committed, nothing changed
    }

    @Override
    public final boolean requiresPostCommitHandling(EntityPersister persister) {
        return true;
    }
}
