package org.lettergraph.network;

import java.util.List;

import org.lettergraph.graph.Paging;
import org.lettergraph.letter.LetterWhere;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Which actors move together: blocs and similar actors, computed with Neo4j Graph Data Science. */
@Controller
class CommunityController {

	private final Communities communities;

	private final Paging paging;

	CommunityController(Communities communities, Paging paging) {
		this.communities = communities;
		this.paging = paging;
	}

	@QueryMapping
	List<SimilarActor> similarActors(@Argument String actorId, @Argument Integer first) {
		return this.communities.similarActors(actorId, this.paging.pageSize(first));
	}

	@QueryMapping
	List<Bloc> blocs(@Argument LetterWhere where, @Argument Integer minShared, @Argument Integer first) {
		return this.communities.blocs((where != null) ? where.checked() : LetterWhere.NONE,
				NetworkProperties.minShared(minShared), this.paging.pageSize(first));
	}
}
