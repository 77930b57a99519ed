Console.WriteLine("NewsBot: skeleton. The CLI arrives with the foundation issue.");
return 0;
