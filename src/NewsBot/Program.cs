using NewsBot.Cli;

// Ctrl+C and SIGTERM cancel the running verb (System.CommandLine) or stop the host gracefully (run mode).
return await NewsBotCli.RunAsync(args, Console.Out, Console.Error);
