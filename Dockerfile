# syntax=docker/dockerfile:1
# NewsBot: build with the SDK, run on the small runtime image as a non-root user, database on a volume.
#   docker build -t newsbot .
#   docker run -d --name newsbot -e Discord__Token=... -v newsbot-data:/data newsbot
#   docker run -it --rm -v newsbot-data:/data newsbot          (no token: console mode)
# Run the tests in the image build with: docker build --target test .

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Restore first, from the project files alone, so the layer is reused until a dependency changes.
COPY global.json Bot.sln Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/NewsBot.Core/NewsBot.Core.csproj src/NewsBot.Core/
COPY src/NewsBot.Discord/NewsBot.Discord.csproj src/NewsBot.Discord/
COPY src/NewsBot/NewsBot.csproj src/NewsBot/
COPY tests/ tests/
COPY bench/ bench/
RUN dotnet restore Bot.sln
COPY . .
RUN dotnet publish src/NewsBot/NewsBot.csproj -c Release --no-restore -o /app /p:UseAppHost=false

FROM build AS test
RUN dotnet test Bot.sln -c Release --no-restore

FROM mcr.microsoft.com/dotnet/runtime:10.0 AS final
WORKDIR /app
COPY --from=build /app ./
COPY seeds/ ./seeds/
COPY appsettings.json ./
# The image's non-root "app" user owns the data folder; the token comes only from the environment (Discord__Token).
RUN mkdir -p /data && chown app:app /data
ENV Storage__DatabasePath=/data/newsbot.db \
    DOTNET_ENVIRONMENT=Production
VOLUME ["/data"]
USER app
ENTRYPOINT ["dotnet", "NewsBot.dll"]
