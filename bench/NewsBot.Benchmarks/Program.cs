using NewsBot.Benchmarks;

// dotnet run -c Release --project bench/NewsBot.Benchmarks -- interactions [count] [rate]
if (args is not ["interactions", ..])
{
    await Console.Error.WriteLineAsync("usage: NewsBot.Benchmarks interactions [count=2000] [rate=200]");
    return 2;
}

var count = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 2000;
var rate = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 200;
await InteractionBenchmark.RunAsync(count, rate, Console.Out);
return 0;
